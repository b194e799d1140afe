//! Files for CLI tests, in temporary directories (`tempfile`, removed when dropped).

use std::path::Path;

/// Writes each `(relative path, contents)` under `root`, creating the folders.
pub fn write_tree<P: AsRef<Path>, C: AsRef<[u8]>>(
    root: &Path,
    files: impl IntoIterator<Item = (P, C)>,
) {
    for (path, contents) in files {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, contents).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
}
