//! Results as a compact record of 16-bit units, the form in which the wasm
//! hands every result object to JavaScript: `js/record-reader.js` turns a
//! record into the same plain object `JSON.parse` would give for the
//! result's JSON (issue 17: writing JSON in wasm and parsing it again took
//! two thirds of a field check's time; without serde_json the wasm is also
//! 2 KB smaller).
//!
//! A record is the length of its structure (2 units, low first), the
//! structure — one value — and then the text of all its strings, which the
//! reader decodes in one go and slices. A value is a tag unit followed by
//! its data:
//!
//! | tag | value | data |
//! |---|---|---|
//! | 0 | end of an array or object | |
//! | 1 | `null` | |
//! | 2, 3 | `false`, `true` | |
//! | 4 | an integer in `i32` | 2 units, low first |
//! | 5 | any other number (`f64`) | 4 units, low first |
//! | 6 | a string | where it starts in the text and its length, in UTF-16 units (2 units each) |
//! | 7 | an ASCII string of the program's data (a field name, an enum variant, a code, a parameter's name) | address (2 units) and byte length (1 unit) in wasm memory: the reader decodes it once and keeps it |
//! | 8 | an array | its items, then 0 |
//! | 9 | an object | key and value, key and value …, then 0 |
//! | 10 | bytes (a `Uint8Array`) | count (2 units), then one unit per byte |
//!
//! Tag 7 is written only in wasm32, where an address is 32 bits and a
//! string of the data section never moves or changes; elsewhere such
//! strings are tag 6.
//!
//! ```
//! use beian_check::record::Record;
//! let mut record = Record::default();
//! let units = record.write(&(Some(7), "好"));
//! assert_eq!(units, [10, 0, /* structure */ 8, 4, 7, 0, 6, 0, 0, 1, 0, 0, /* text */ 0x597D]);
//! ```

use serde::ser::{self, Serialize};
use std::fmt::{self, Write as _};

const END: u16 = 0;
const NULL: u16 = 1;
const FALSE: u16 = 2;
const TRUE: u16 = 3;
const INT: u16 = 4;
const FLOAT: u16 = 5;
const STR: u16 = 6;
#[cfg(target_arch = "wasm32")]
const STATIC_STR: u16 = 7;
const ARRAY: u16 = 8;
const OBJECT: u16 = 9;
const BYTES: u16 = 10;

/// The buffers of a record, kept from one result to the next.
#[derive(Default)]
pub struct Record {
    units: Vec<u16>,
    text: Vec<u16>,
}

impl Record {
    /// The record of `value`. Serializing our result types cannot fail; if
    /// a foreign type's `Serialize` reports an error, the record is `null`.
    pub fn write<T: Serialize + ?Sized>(&mut self, value: &T) -> &[u16] {
        // A record of a 10 MB input is not kept for the next one.
        if self.units.capacity() + self.text.capacity() > 1 << 20 {
            *self = Record::default();
        }
        self.units.clear();
        self.text.clear();
        self.units.extend_from_slice(&[0, 0]);
        if value.serialize(&mut Writer { units: &mut self.units, text: &mut self.text }).is_err() {
            self.units.truncate(2);
            self.text.clear();
            self.units.push(NULL);
        }
        let structure = (self.units.len() - 2) as u32;
        self.units[0] = structure as u16;
        self.units[1] = (structure >> 16) as u16;
        self.units.extend_from_slice(&self.text);
        &self.units
    }
}

/// Bytes serialized as a `Uint8Array` in a record (an array of numbers in JSON).
pub struct Bytes<'a>(pub &'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

struct Writer<'a> {
    units: &'a mut Vec<u16>,
    text: &'a mut Vec<u16>,
}

/// Serializing can only fail in a foreign type's own `Serialize`.
#[derive(Debug)]
pub struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value could not be serialized")
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Error
    }
}

impl Writer<'_> {
    /// Appends `N` units with one capacity check (inlined even where the
    /// build optimises for size: a record is written unit by unit).
    #[inline(always)]
    fn put<const N: usize>(&mut self, data: [u16; N]) {
        self.units.reserve(N);
        let length = self.units.len();
        // SAFETY: `reserve` made room for `N` more units after `length`.
        unsafe {
            self.units.as_mut_ptr().add(length).cast::<[u16; N]>().write_unaligned(data);
            self.units.set_len(length + N);
        }
    }

    fn u32(&mut self, n: u32) {
        self.put([n as u16, (n >> 16) as u16]);
    }

    fn int(&mut self, n: i64) {
        match i32::try_from(n) {
            Ok(small) => {
                self.put([INT, small as u16, (small as u32 >> 16) as u16]);
            }
            Err(_) => self.float(n as f64),
        }
    }

    fn float(&mut self, n: f64) {
        let bits = n.to_bits();
        self.put([FLOAT, bits as u16, (bits >> 16) as u16, (bits >> 32) as u16, (bits >> 48) as u16]);
    }

    fn text(&mut self, s: &str) {
        let start = self.text.len();
        self.push_text(s);
        self.text_from(start);
    }

    fn push_text(&mut self, s: &str) {
        if s.is_ascii() {
            // One capacity check: a mapped byte iterator knows its length.
            self.text.extend(s.bytes().map(u16::from));
        } else {
            self.text.extend(s.encode_utf16());
        }
    }

    /// Writes the string that `text` holds from `start` on.
    fn text_from(&mut self, start: usize) {
        let length = self.text.len() - start;
        let (start, length) = (start as u32, length as u32);
        self.put([STR, start as u16, (start >> 16) as u16, length as u16, (length >> 16) as u16]);
    }

    /// A name of the program (a field name, an enum variant): by address,
    /// where the reader can cache it. Names are Rust identifiers or their
    /// serde renames, ASCII (asserted in debug builds: the wasm tests).
    fn static_text(&mut self, s: &'static str) {
        #[cfg(target_arch = "wasm32")]
        {
            debug_assert!(s.is_ascii() && s.len() <= usize::from(u16::MAX), "{s}");
            let address = s.as_ptr() as usize as u32;
            self.put([STATIC_STR, address as u16, (address >> 16) as u16, s.len() as u16]);
        }
        #[cfg(not(target_arch = "wasm32"))]
        self.text(s);
    }

    /// Any string: one of the program's data (a field name that
    /// `#[serde(flatten)]` hands over as a plain `&str`, a parameter's name,
    /// a code) by address, like [`static_text`](Self::static_text), when it
    /// is ASCII; others in the text.
    fn any_text(&mut self, s: &str) {
        #[cfg(target_arch = "wasm32")]
        if in_data(s) && s.is_ascii() && s.len() <= usize::from(u16::MAX) {
            // SAFETY: the program's data section lives as long as the program.
            let s: &'static str = unsafe { &*(s as *const str) };
            return self.static_text(s);
        }
        self.text(s);
    }
}

/// True when `s` lies in the program's data section (from `__global_base`
/// to `__data_end`, which the wasm linker defines; the stack lies below it
/// and the heap above): it never moves or changes.
#[cfg(target_arch = "wasm32")]
fn in_data(s: &str) -> bool {
    extern "C" {
        static __global_base: u8;
        static __data_end: u8;
    }
    let (start, end) = (core::ptr::addr_of!(__global_base) as usize, core::ptr::addr_of!(__data_end) as usize);
    let at = s.as_ptr() as usize;
    !s.is_empty() && at >= start && at.saturating_add(s.len()) <= end
}

impl fmt::Write for Writer<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_text(s);
        Ok(())
    }
}

/// Integer methods that widen to `serialize_i64`.
macro_rules! through_i64 {
    ($($method:ident: $type:ty),*) => {
        $(fn $method(self, v: $type) -> Result<(), Error> {
            self.serialize_i64(v.into())
        })*
    };
}

impl<'a, 'b> ser::Serializer for &'a mut Writer<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.put([if v { TRUE } else { FALSE }]);
        Ok(())
    }
    through_i64!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32);
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.int(v);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        match i64::try_from(v) {
            Ok(n) => self.int(n),
            Err(_) => self.float(v as f64),
        }
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        // JSON has no NaN or infinities: serde_json writes them as null.
        if v.is_finite() {
            self.float(v);
        } else {
            self.put([NULL]);
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.any_text(v);
        Ok(())
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        let start = self.text.len();
        write!(self, "{value}").map_err(|_| Error)?;
        self.text_from(start);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.put([BYTES]);
        self.u32(v.len() as u32);
        self.units.extend(v.iter().map(|&b| u16::from(b)));
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.put([NULL]);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.static_text(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.put([OBJECT]);
        self.static_text(variant);
        value.serialize(&mut *self)?;
        self.put([END]);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.put([ARRAY]);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Self, Error> {
        self.put([OBJECT]);
        self.static_text(variant);
        self.put([ARRAY]);
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        self.put([OBJECT]);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Self, Error> {
        self.put([OBJECT]);
        self.static_text(variant);
        self.put([OBJECT]);
        Ok(self)
    }
}

/// Element and field methods, and `end`, which writes one `END` for an
/// array or object and two for a variant (its inner value and the object
/// around it).
macro_rules! compound {
    ($trait:ident, $method:ident $(, $key:ident)?; $($end:ident),+) => {
        impl ser::$trait for &mut Writer<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? value: &T) -> Result<(), Error> {
                $(self.static_text($key);)?
                value.serialize(&mut **self)
            }
            fn end(self) -> Result<(), Error> {
                self.put([$($end),+]);
                Ok(())
            }
        }
    };
}
compound!(SerializeSeq, serialize_element; END);
compound!(SerializeTuple, serialize_element; END);
compound!(SerializeTupleStruct, serialize_field; END);
compound!(SerializeStruct, serialize_field, key; END);
compound!(SerializeTupleVariant, serialize_field; END, END);
compound!(SerializeStructVariant, serialize_field, key; END, END);

impl ser::SerializeMap for &mut Writer<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        self.put([END]);
        Ok(())
    }
}
