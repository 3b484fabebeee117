//! Entry point of the teachers' module (see `boot.js`): `/teacher`, `/teacher/print` and
//! `/teacher/editor`.

fn main() {
    sportello::mount_teacher();
}
