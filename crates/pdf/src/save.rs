//! The PDF file of a built document: lopdf holds the objects, this writes them out.
//!
//! Every object that is not a stream goes into compressed object streams and the
//! cross-reference table is a compressed stream (PDF 1.5+), as lopdf's own
//! `save_with_options` does with object streams on; but each object is serialized once (lopdf
//! serialized each three times, to measure then write the object streams: a quarter of
//! writing a PDF) and straight into one buffer.

use crate::syntax::literal_byte;
use std::io::Write;

use lopdf::{Dictionary, Object, StringFormat};

/// Objects per object stream (as lopdf was configured).
const PER_STREAM: usize = 1000;

/// Where an object is: at a byte offset of the file, or the `index`-th of an object stream.
#[derive(Clone, Copy)]
enum Entry {
    Free,
    At { offset: usize, generation: u16 },
    In { stream: u32, index: u32 },
}

/// The whole file of `doc`; `deflate` compresses a stream's bytes (zlib format). `None`
/// when compressing failed.
pub fn save(
    doc: &lopdf::Document,
    deflate: &mut dyn FnMut(&[u8]) -> Option<Vec<u8>>,
) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(256 * 1024);
    let _ = write!(out, "%PDF-{}\n%", doc.version);
    out.extend_from_slice(&[0xE2, 0xE3, 0xCF, 0xD3, b'\n']);
    let mut next_id = doc.max_id + 1;
    let mut entries: Vec<Entry> = vec![Entry::Free; next_id as usize];

    // streams (and objects of a later generation, which a build never makes) as they
    // are; every other object packed
    let mut packed: Vec<(u32, &Object)> = Vec::new();
    for (&(id, generation), object) in &doc.objects {
        if generation == 0 && !matches!(object, Object::Stream(_)) {
            packed.push((id, object));
            continue;
        }
        entries[id as usize] = Entry::At {
            offset: out.len(),
            generation,
        };
        let _ = writeln!(out, "{id} {generation} obj");
        write_object(&mut out, object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let mut body = Vec::new();
    let mut header = Vec::new();
    for chunk in packed.chunks(PER_STREAM) {
        let stream_id = next_id;
        next_id += 1;
        body.clear();
        header.clear();
        for (index, (id, object)) in chunk.iter().enumerate() {
            entries[*id as usize] = Entry::In {
                stream: stream_id,
                index: index as u32,
            };
            let _ = write!(header, "{id} {} ", body.len());
            write_object(&mut body, object);
            body.push(b' ');
        }
        let mut content = std::mem::take(&mut header);
        content.extend_from_slice(&body);
        let compressed = deflate(&content)?;
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", Object::Integer(chunk.len() as i64));
        let first = content.len() - body.len();
        dict.set("First", Object::Integer(first as i64));
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        entries.push(Entry::At {
            offset: out.len(),
            generation: 0,
        });
        let _ = writeln!(out, "{stream_id} 0 obj");
        write_stream(&mut out, &dict, &compressed);
        out.extend_from_slice(b"\nendobj\n");
        header = content;
    }

    // the cross-reference stream: [type, offset or stream, generation or index]
    let xref_id = next_id;
    let xref_at = out.len();
    entries.push(Entry::At {
        offset: xref_at,
        generation: 0,
    });
    let mut table = Vec::with_capacity(entries.len() * 7);
    for e in &entries {
        let (t, a, b): (u8, u32, u16) = match *e {
            Entry::Free => (0, 0, if table.is_empty() { 65535 } else { 0 }),
            Entry::At { offset, generation } => (1, offset as u32, generation),
            Entry::In { stream, index } => (2, stream, index as u16),
        };
        table.push(t);
        table.extend_from_slice(&a.to_be_bytes());
        table.extend_from_slice(&b.to_be_bytes());
    }
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set("Size", Object::Integer(i64::from(xref_id) + 1));
    dict.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    for (key, value) in doc.trailer.iter() {
        if !matches!(
            key.as_slice(),
            b"Type" | b"Size" | b"W" | b"Index" | b"Prev"
        ) {
            dict.set(key.clone(), value.clone());
        }
    }
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    let _ = writeln!(out, "{xref_id} 0 obj");
    write_stream(&mut out, &dict, &deflate(&table)?);
    let _ = write!(out, "\nendobj\nstartxref\n{xref_at}\n%%EOF");
    Some(out)
}

/// A stream: its dictionary with the content's `/Length`, then the content.
fn write_stream(out: &mut Vec<u8>, dict: &Dictionary, content: &[u8]) {
    out.extend_from_slice(b"<<");
    for (key, value) in dict.iter() {
        if key.as_slice() != b"Length" {
            write_entry(out, key, value);
        }
    }
    let _ = writeln!(out, "/Length {}>>stream", content.len());
    out.extend_from_slice(content);
    out.extend_from_slice(b"\nendstream");
}

/// Whether an object starts with a regular character (and so needs a space after a
/// previous one that may end with one).
fn needs_space(o: &Object) -> bool {
    matches!(
        o,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

fn write_entry(out: &mut Vec<u8>, key: &[u8], value: &Object) {
    write_name(out, key);
    if needs_space(value) {
        out.push(b' ');
    }
    write_object(out, value);
}

fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if b"()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            let _ = write!(out, "#{b:02X}");
        } else {
            out.push(b);
        }
    }
}

/// One object, as PDF syntax (a stream inside an object cannot occur: streams are only
/// ever indirect objects).
fn write_object(out: &mut Vec<u8>, o: &Object) {
    match o {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        Object::Real(r) => crate::syntax::write_real(out, *r),
        Object::Name(n) => write_name(out, n),
        Object::String(bytes, StringFormat::Literal) => {
            out.push(b'(');
            for &b in bytes {
                literal_byte(out, b);
            }
            out.push(b')');
        }
        Object::String(bytes, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for b in bytes {
                let _ = write!(out, "{b:02X}");
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 && needs_space(item) {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => {
            out.extend_from_slice(b"<<");
            for (key, value) in d.iter() {
                write_entry(out, key, value);
            }
            out.extend_from_slice(b">>");
        }
        Object::Stream(s) => write_stream(out, &s.dict, &s.content),
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inflate(b: &[u8]) -> Vec<u8> {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(b)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    /// A document written here reads back with lopdf object for object (the object streams
    /// and the cross-reference stream are found, every reference resolves).
    #[test]
    fn a_saved_document_loads_back_the_same() {
        let mut doc = lopdf::Document::with_version("1.7");
        let mut d = Dictionary::new();
        d.set(
            "Title",
            Object::String(b"a (b) \\ c\r".to_vec(), StringFormat::Literal),
        );
        d.set(
            "Hex",
            Object::String(vec![0, 1, 0xFE], StringFormat::Hexadecimal),
        );
        d.set("Odd name", Object::Name(b"A B#/".to_vec()));
        d.set(
            "Nums",
            Object::Array(vec![
                Object::Integer(-3),
                Object::Real(12.5),
                Object::Real(-0.25),
                Object::Null,
                Object::Boolean(true),
            ]),
        );
        let info = doc.add_object(Object::Dictionary(d));
        let content = doc.add_object(Object::Stream(lopdf::Stream::new(
            Dictionary::new(),
            b"BT ET".to_vec(),
        )));
        let mut many = Vec::new();
        for i in 0..1500 {
            many.push(Object::Reference(doc.add_object(Object::Integer(i))));
        }
        let list = doc.add_object(Object::Array(many));
        let mut cat = Dictionary::new();
        cat.set("Type", Object::Name(b"Catalog".to_vec()));
        cat.set("Content", Object::Reference(content));
        cat.set("List", Object::Reference(list));
        let root = doc.add_object(Object::Dictionary(cat));
        doc.trailer.set("Root", Object::Reference(root));
        doc.trailer.set("Info", Object::Reference(info));

        let bytes = save(&doc, &mut |b| {
            let mut z = flate2::Compress::new(flate2::Compression::new(1), true);
            crate::syntax::deflate(&mut z, b)
        })
        .unwrap();
        assert!(bytes.starts_with(b"%PDF-1.7\n%"));
        assert!(bytes.ends_with(b"%%EOF"));
        let back = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
        for (id, object) in &doc.objects {
            let got = back.get_object(*id).expect("every object is found");
            match (object, got) {
                (Object::Stream(a), Object::Stream(b)) => assert_eq!(a.content, b.content),
                (a, b) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "object {id:?}"),
            }
        }
        let root_back = back.trailer.get(b"Root").unwrap().as_reference().unwrap();
        assert_eq!(root_back, root);
        // two object streams (1,500 and more objects, at most 1,000 each), compressed
        let streams = bytes.windows(12).filter(|w| w == b"/Type/ObjStm").count();
        assert_eq!(streams, 2);
        // the cross-reference stream is compressed: one entry of 7 bytes per object
        let xref = back
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .find(|s| s.dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"XRef"));
        if let Some(x) = xref {
            assert_eq!(inflate(&x.content).len() % 7, 0);
        }
    }
}
