//! Entry point of the exam's module (see `boot.js`): `/exam`, its results included.

fn main() {
    sportello::mount_exam();
}
