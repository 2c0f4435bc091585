//! PDF syntax primitives shared by the content streams and the file writer: numbers,
//! bytes of literal strings, and deflate.

use lopdf::{Object, StringFormat};

/// A real number as lopdf writes it (Rust's shortest round-trip form: `12.5`, `-0.25`,
/// `100`). Most numbers of a page are rounded to hundredths: those are written from
/// their integer count of hundredths (the same digits, without the float formatting that
/// was a tenth of writing a PDF).
pub fn write_real(buf: &mut Vec<u8>, v: f32) {
    let k = (v * 100.0).round();
    if k / 100.0 == v && k.abs() < 1.0e7 && !(v == 0.0 && v.is_sign_negative()) {
        let k = k as i64;
        if k < 0 {
            buf.push(b'-');
        }
        let k = k.unsigned_abs();
        let (int, frac) = (k / 100, k % 100);
        write_digits(buf, int);
        if frac != 0 {
            buf.push(b'.');
            buf.push(b'0' + (frac / 10) as u8);
            if frac % 10 != 0 {
                buf.push(b'0' + (frac % 10) as u8);
            }
        }
    } else {
        use std::io::Write;
        let _ = write!(buf, "{v}");
    }
}

/// The decimal digits of `n`.
pub fn write_digits(buf: &mut Vec<u8>, mut n: u64) {
    let mut d = [0u8; 20];
    let mut i = d.len();
    loop {
        i -= 1;
        d[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&d[i..]);
}

/// One byte inside a literal string `( )`: as it is, but for parentheses and backslashes
/// (escaped) and a carriage return (escaped as backslash-r: a reader would take it for a line
/// end).
pub fn literal_byte(out: &mut Vec<u8>, b: u8) {
    match b {
        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => out.push(b),
    }
}

/// The deflate level of every stream. Level 9 (lopdf's own `compress`) spent a fifth of
/// the build for PDFs 0.1 % smaller than level 6; level 3 built the shipped content 5 %
/// faster than 6 for PDFs 5 % larger; level 1 (miniz_oxide's fast path) is another 5 %
/// faster for PDFs 9 % larger than 3 (0.45× typst's size; the target is 0.6×).
pub const DEFLATE_LEVEL: u32 = 1;

/// `data` deflated in the zlib format by `z` (freshly reset).
pub fn deflate(z: &mut flate2::Compress, data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 3 + 64);
    loop {
        let read = z.total_in() as usize;
        let status = z
            .compress_vec(&data[read..], &mut out, flate2::FlushCompress::Finish)
            .ok()?;
        match status {
            flate2::Status::StreamEnd => return Some(out),
            _ => out.reserve(out.capacity().max(64)),
        }
    }
}

/// A number rounded to hundredths of a point.
pub fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// A text string (a PDF `text string`: PDFDocEncoding-safe ASCII as is, else UTF-16BE with BOM).
pub fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut b = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            b.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(b, StringFormat::Hexadecimal)
    }
}
