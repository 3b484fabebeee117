//! Entry point of the web app: mounts Sportello on the page.

fn main() {
    sportello::mount();
}
