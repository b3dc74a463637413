//! Server addresses of the public-security filing (`validateIpv4`, R-IP-1):
//! a dotted quad without leading zeros, and a public address — the special
//! purpose ranges of the IANA IPv4 Special-Purpose Address Registry
//! (RFC 6890 and successors) are errors.
//!
//! ```
//! use beian_check::ipv4::validate_ipv4;
//! use beian_check::options::CommonOptions;
//! assert!(validate_ipv4("20.10.0.1", &CommonOptions::default()).ok); // Tencent Cloud《备案类型》2018's example
//! let r = validate_ipv4("192.168.1.10", &CommonOptions::default());
//! assert_eq!(r.findings[0].code.as_str(), "IPV4_PRIVATE");
//! ```

use crate::finding::{FieldResult, Param};
use crate::input::{clean, Input};
use crate::messages::Code;
use crate::options::CommonOptions;
use crate::rules;
use serde::Serialize;

/// The special-purpose ranges: first address, prefix length, range as
/// written, and the finding code for its purpose.
const SPECIAL: [(u32, u8, &str, Code); 16] = [
    (0x0000_0000, 8, "0.0.0.0/8", Code::Ipv4Reserved), // "this network", RFC 791
    (0x0A00_0000, 8, "10.0.0.0/8", Code::Ipv4Private), // RFC 1918
    (0x6440_0000, 10, "100.64.0.0/10", Code::Ipv4Shared), // CGNAT, RFC 6598
    (0x7F00_0000, 8, "127.0.0.0/8", Code::Ipv4Loopback), // RFC 1122
    (0xA9FE_0000, 16, "169.254.0.0/16", Code::Ipv4LinkLocal), // RFC 3927
    (0xAC10_0000, 12, "172.16.0.0/12", Code::Ipv4Private), // RFC 1918
    (0xC000_0000, 24, "192.0.0.0/24", Code::Ipv4Reserved), // IETF protocol assignments, RFC 6890
    (0xC000_0200, 24, "192.0.2.0/24", Code::Ipv4Documentation), // TEST-NET-1, RFC 5737
    (0xC058_6300, 24, "192.88.99.0/24", Code::Ipv4Reserved), // 6to4 relay anycast, RFC 7526
    (0xC0A8_0000, 16, "192.168.0.0/16", Code::Ipv4Private), // RFC 1918
    (0xC612_0000, 15, "198.18.0.0/15", Code::Ipv4Reserved), // benchmarking, RFC 2544
    (0xC633_6400, 24, "198.51.100.0/24", Code::Ipv4Documentation), // TEST-NET-2, RFC 5737
    (0xCB00_7100, 24, "203.0.113.0/24", Code::Ipv4Documentation), // TEST-NET-3, RFC 5737
    (0xE000_0000, 4, "224.0.0.0/4", Code::Ipv4Multicast), // RFC 5771
    (0xFFFF_FFFF, 32, "255.255.255.255/32", Code::Ipv4Reserved), // limited broadcast, RFC 919
    (0xF000_0000, 4, "240.0.0.0/4", Code::Ipv4Reserved), // future use, RFC 1112
];

/// What an address is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ipv4Details {
    /// True for a public (globally routable) address.
    pub public: bool,
    /// The special-purpose range it lies in, e.g. `"10.0.0.0/8"`.
    pub range: Option<&'static str>,
}

/// Parses a dotted quad: four decimal octets 0–255 without leading zeros.
fn parse(text: &str) -> Result<u32, Code> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() != 4 || parts.iter().any(|p| p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(Code::Ipv4Format);
    }
    if parts.iter().any(|p| p.len() > 1 && p.starts_with('0')) {
        return Err(Code::Ipv4LeadingZero);
    }
    let mut address = 0u32;
    for part in parts {
        let octet: u32 = part.parse().map_err(|_| Code::Ipv4Format)?;
        if octet > 255 {
            return Err(Code::Ipv4OctetRange);
        }
        address = address << 8 | octet;
    }
    Ok(address)
}

/// The special-purpose range an address lies in.
fn special_range(address: u32) -> Option<&'static (u32, u8, &'static str, Code)> {
    SPECIAL.iter().find(|(first, prefix, _, _)| {
        let mask = if *prefix == 0 { 0 } else { u32::MAX << (32 - u32::from(*prefix)) };
        address & mask == *first
    })
}

/// Checks a server address (R-IP-1).
pub fn validate_ipv4<'a>(value: impl Into<Input<'a>>, opts: &CommonOptions) -> FieldResult<Ipv4Details> {
    let mut findings = opts.findings("");
    let mut details = Ipv4Details::default();
    let Some(text) = clean(value.into(), rules::IP_1, &mut findings) else {
        return findings.finish(None, details);
    };
    match parse(&text) {
        Err(code) => findings.push(rules::IP_1, code, vec![("address", Param::from(text.as_str()))]),
        Ok(address) => match special_range(address) {
            Some(&(_, _, range, code)) => {
                details.range = Some(range);
                findings.push(
                    rules::IP_1,
                    code,
                    vec![("address", Param::from(text.as_str())), ("range", Param::from(range))],
                );
            }
            None => details.public = true,
        },
    }
    findings.finish(Some(text), details)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&'static str> {
        validate_ipv4(text, &CommonOptions::default()).findings.first().map(|f| f.code.as_str())
    }

    #[test]
    fn public_addresses() {
        for ip in [
            "20.10.0.1",
            "1.1.1.1",
            "114.114.114.114",
            "223.5.5.5",
            "100.63.255.255",
            "100.128.0.0",
            "172.32.0.1",
            "9.255.255.255",
        ] {
            assert_eq!(code(ip), None, "{ip}");
        }
    }

    #[test]
    fn every_special_purpose_range_first_and_last_address() {
        for (first, prefix, range, expected) in SPECIAL {
            let last = first | (u32::MAX >> prefix.min(31)) & if prefix == 32 { 0 } else { u32::MAX };
            for address in [first, last] {
                let text = std::net::Ipv4Addr::from(address).to_string();
                let r = validate_ipv4(text.as_str(), &CommonOptions::default());
                assert_eq!(r.findings[0].code, expected, "{text} in {range}");
                assert!(!r.details.public);
            }
        }
    }

    #[test]
    fn formats() {
        assert_eq!(code("1.2.3"), Some("IPV4_FORMAT"));
        assert_eq!(code("1.2.3.4.5"), Some("IPV4_FORMAT"));
        assert_eq!(code("1.2.3.x"), Some("IPV4_FORMAT"));
        assert_eq!(code("1..3.4"), Some("IPV4_FORMAT"));
        assert_eq!(code("01.2.3.4"), Some("IPV4_LEADING_ZERO"));
        assert_eq!(code("1.2.3.256"), Some("IPV4_OCTET_RANGE"));
        assert_eq!(code("::1"), Some("IPV4_FORMAT"));
    }
}
