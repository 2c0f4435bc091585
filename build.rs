// The built-in templates and messages are embedded with `include_dir!`, which cargo does not
// track by itself: rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
}
