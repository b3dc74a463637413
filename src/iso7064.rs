//! Check characters of ISO 7064: MOD 11-2 (the resident ID, GB 11643-1999)
//! and MOD 11,10 (the old 15-digit business registration number).

/// ISO 7064 MOD 11-2 check character for a string of digits: `'0'`–`'9'` or
/// `'X'` (for 10). Returns `None` if `digits` holds anything but ASCII digits.
///
/// Each digit, read from the left, is weighted by 2^(n−i) mod 11 where n is
/// the position of the check character; the check character makes the
/// weighted sum ≡ 1 (mod 11). For 17 digits the weights are
/// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (GB 11643-1999, table 1).
///
/// ```
/// use beian_check::iso7064::mod_11_2;
/// assert_eq!(mod_11_2(b"11010519491231002"), Some('X'));
/// assert_eq!(mod_11_2(b"44052418800101001"), Some('4'));
/// ```
pub fn mod_11_2(digits: &[u8]) -> Option<char> {
    let mut sum: u32 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        // Horner's rule on the weights: sum = (sum + d) * 2 per digit.
        sum = ((sum + u32::from(b - b'0')) * 2) % 11;
    }
    let check = (12 - sum % 11) % 11;
    Some(if check == 10 { 'X' } else { char::from(b'0' + check as u8) })
}

/// ISO 7064 MOD 11,10 (hybrid system) check digit for a string of digits,
/// or `None` if `digits` holds anything but ASCII digits.
///
/// Starting from p = 10, each digit d gives s = (p + d) mod 10 (10 when 0)
/// and p = 2s mod 11; the check digit c makes (p + c) mod 10 = 1.
///
/// ```
/// use beian_check::iso7064::mod_11_10;
/// // The old registration number of 腾讯科技（深圳）有限公司: 440301103448669.
/// assert_eq!(mod_11_10(b"44030110344866"), Some('9'));
/// assert_eq!(mod_11_10(b"x"), None);
/// ```
pub fn mod_11_10(digits: &[u8]) -> Option<char> {
    let mut p: u32 = 10;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        let s = match (p + u32::from(b - b'0')) % 10 {
            0 => 10,
            s => s,
        };
        p = (2 * s) % 11;
    }
    Some(char::from(b'0' + ((11 - p) % 10) as u8))
}

#[cfg(test)]
mod tests {
    use super::{mod_11_10, mod_11_2};

    /// The weights of GB 11643-1999 table 1, applied the long way.
    fn by_table(digits: &[u8]) -> char {
        const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const CHECK: &[u8; 11] = b"10X98765432";
        let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
        char::from(CHECK[(sum % 11) as usize])
    }

    #[test]
    fn agrees_with_the_gb_11643_weight_table() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = format!("{:017}", x % 100_000_000_000_000_000);
            assert_eq!(mod_11_2(digits.as_bytes()), Some(by_table(digits.as_bytes())), "{digits}");
        }
    }

    #[test]
    fn hand_computed_vectors() {
        // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167,
        // 167 mod 11 = 2 → 'X'.
        assert_eq!(mod_11_2(b"11010519491231002"), Some('X'));
        // GB 11643-1999 appendix example 44052418800101001 → 4.
        assert_eq!(mod_11_2(b"44052418800101001"), Some('4'));
        assert_eq!(mod_11_2(b"1101051949123100a"), None);
        assert_eq!(mod_11_2(b""), Some('1'));
    }

    /// Every digit string followed by its MOD 11,10 check digit passes the
    /// standard's verification: running over all digits ends with p = 1 (as
    /// (p + c) mod 10 = 1 before the last doubling).
    #[test]
    fn mod_11_10_verifies_its_own_check_digits() {
        fn verify(all: &[u8]) -> bool {
            let mut p = 10;
            for &b in &all[..all.len() - 1] {
                let s = match (p + u32::from(b - b'0')) % 10 {
                    0 => 10,
                    s => s,
                };
                p = (2 * s) % 11;
            }
            (p + u32::from(all[all.len() - 1] - b'0')) % 10 == 1
        }
        let mut x: u64 = 88_172_645_463_325_252;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mut digits = format!("{:014}", x % 100_000_000_000_000).into_bytes();
            digits.push(mod_11_10(&digits).unwrap() as u8);
            assert!(verify(&digits), "{}", String::from_utf8_lossy(&digits));
            // A single changed digit is always caught.
            let i = (x % 14) as usize;
            digits[i] = b'0' + (digits[i] - b'0' + 1) % 10;
            assert!(!verify(&digits));
        }
    }
}
