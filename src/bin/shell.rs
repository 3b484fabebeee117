//! Entry point of the light first-load shell (see `boot.js`): home, about and settings only.

fn main() {
    sportello::mount_shell();
}
