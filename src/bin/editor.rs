//! Entry point of the question editor (see `boot.js`): `/teacher/editor` only.

fn main() {
    sportello::mount_editor();
}
