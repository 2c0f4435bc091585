//! `serve`'s source view: click a paragraph, list item, table row or heading of a previewed
//! page and a panel names the messages that worded it and the facts that filled it — what
//! `whitepaper explain` prints, asked of `/_whitepaper/explain`.

use std::path::Path;

use crate::explain;

/// The answer to `/_whitepaper/explain?edition=E&lang=L&text=T`: JSON, as `explain --format
/// json` prints it; an error as `{"error": …}`.
pub fn answer(root: &Path, query: &str) -> String {
    let param = |name: &str| {
        query.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == name).then(|| decode(v))
        })
    };
    let (Some(edition), Some(lang), Some(text)) = (param("edition"), param("lang"), param("text"))
    else {
        return serde_json::json!({ "error": "edition, lang and text are needed" }).to_string();
    };
    let tracer = match explain::Tracer::load(&crate::files::Tree::disk(root)) {
        Ok(t) => t,
        Err(_) => {
            return serde_json::json!({ "error": "the project does not build: see the error above the page" })
                .to_string();
        }
    };
    match explain::explain(&tracer, Some(&edition), Some(&lang), &text) {
        Ok(found) => explain::json(&found),
        Err(d) => serde_json::json!({ "error": d.message }).to_string(),
    }
}

/// `%XX` and `+` of a query value, as UTF-8.
fn decode(v: &str) -> String {
    let mut bytes = Vec::with_capacity(v.len());
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => bytes.push(b' '),
            b'%' if i + 2 < b.len() => match u8::from_str_radix(&v[i + 1..i + 3], 16) {
                Ok(x) => {
                    bytes.push(x);
                    i += 2;
                }
                Err(_) => bytes.push(b'%'),
            },
            x => bytes.push(x),
        }
        i += 1;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The panel's script (served as `/_whitepaper/sources.js`).
pub const SCRIPT: &str = r#"(() => {
  const here = location.pathname.replace(/^\//, '').replace(/\.html$/, '').split('/');
  if (here.length !== 2) return;
  const [lang, edition] = here;
  const panel = document.createElement('aside');
  panel.id = 'wp-sources';
  panel.hidden = true;
  panel.setAttribute('aria-live', 'polite');
  panel.setAttribute('aria-label', 'Sources');
  const show = (title, html) => {
    panel.innerHTML = '<button type="button" aria-label="Close">×</button><h2></h2><div></div>';
    panel.querySelector('h2').textContent = title;
    panel.querySelector('div').innerHTML = html;
    panel.querySelector('button').onclick = () => { panel.hidden = true; };
    panel.hidden = false;
  };
  const esc = s => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const list = (title, xs) => xs.length ? '<h3>' + title + '</h3><ul>' + xs.map(x =>
    '<li><code>' + esc(x.file + ':' + x.line) + '</code> ' + esc(x.what) +
    (x.value !== undefined ? ' = ' + esc(JSON.stringify(x.value)) : '') + '</li>').join('') + '</ul>' : '';
  document.addEventListener('click', e => {
    if (e.target.closest('a, button, #wp-serve-bar, #wp-sources')) return;
    const block = e.target.closest('main p, main li, main tr, main h1, main h2, main h3, main h4, main h5, main h6, main dd, main dt');
    if (!block) return;
    const copy = block.cloneNode(true);
    copy.querySelectorAll('ul, ol, sup, .footnote-ref, .number').forEach(n => n.remove());
    let text = copy.textContent.replace(/\s+/g, ' ').trim();
    if (/^H\d$/.test(block.tagName)) text = text.replace(/^[0-9.]+\s*/, '');
    text = Array.from(text).slice(0, 24).join('');
    if (!text) return;
    fetch('/_whitepaper/explain?edition=' + encodeURIComponent(edition) + '&lang=' + encodeURIComponent(lang) + '&text=' + encodeURIComponent(text), { cache: 'no-store' })
      .then(r => r.json())
      .then(j => {
        if (j.error) { show('Sources', '<p>' + esc(j.error) + '</p>'); return; }
        if (!j.blocks.length) { show('Sources', '<p>No source found for “' + esc(text) + '”.</p>'); return; }
        const b = j.blocks[0];
        show('Sources of this ' + b.kind, list('Worded by', b.messages) + list('Filled from', b.facts) +
          list('Stated because of', b.stated_by) + list('Clause adopted', b.clauses));
      })
      .catch(err => show('Sources', '<p>' + esc(String(err)) + '</p>'));
  });
  document.body.appendChild(panel);
})();
"#;

/// The panel's look (added to the bar's style).
pub const CSS: &str = "#wp-sources{position:fixed;right:1rem;bottom:1rem;max-width:min(38rem,calc(100vw - 2rem));max-height:60vh;overflow:auto;padding:.75rem 1rem;background:#fff;border:1px solid #12365f;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);font:13px/1.45 system-ui,sans-serif;color:#111;z-index:10}#wp-sources h2{font-size:14px;margin:0 1.5rem .5rem 0}#wp-sources h3{font-size:13px;margin:.5rem 0 .25rem}#wp-sources ul{margin:0;padding-left:1.1rem}#wp-sources code{font:12px ui-monospace,monospace}#wp-sources button{position:absolute;top:.3rem;right:.5rem;border:0;background:none;font-size:18px;cursor:pointer}main p,main li,main tr{cursor:help}";

#[cfg(test)]
mod tests {
    #[test]
    fn query_values_decode() {
        assert_eq!(super::decode("recorded+in%20server"), "recorded in server");
        assert_eq!(super::decode("%E3%83%AD%E3%82%B0"), "ログ");
        assert_eq!(super::decode("100%"), "100%");
    }
}
