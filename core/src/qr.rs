//! QR codes of the texts that go from one phone to another (an exam link, a class link, a result
//! code), drawn as one SVG path: a phone's camera reads them off a projected or a phone's screen.

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// Longest text drawn as a QR code. Past it the code grows beyond about 110 modules a side,
/// too fine to read off a phone's screen; such a text is sent as a link or a file instead.
pub const QR_LIMIT: usize = 1_000;

/// Light modules around the code, as the standard asks, so that a camera finds its edge.
const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: a square of `size` modules (quiet zone included), its dark modules
/// as the SVG path `path`, one unit per module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPicture {
    /// Modules a side, quiet zone included: the SVG's `viewBox` is `0 0 size size`.
    pub size: usize,
    /// The dark modules, row by row, each run of them as one rectangle (`M x y h n v 1 h -n z`).
    pub path: String,
}

/// The QR code of `text`, or `None` when the text is longer than [`QR_LIMIT`]. Low error
/// correction (7 %) keeps the modules as large as possible: a screen is not a torn poster.
pub fn picture(text: &str) -> Option<QrPicture> {
    if text.len() > QR_LIMIT {
        return None;
    }
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (y, row) in code.to_colors().chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            let run = x - start;
            let _ = write!(
                path,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    Some(QrPicture {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether each module is dark, row by row, read back from the picture's path.
    fn modules(picture: &QrPicture) -> Vec<bool> {
        let mut dark = vec![false; picture.size * picture.size];
        for run in picture.path.split('M').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, length) = (numbers[0], numbers[1], numbers[2]);
            for dx in 0..length {
                dark[y * picture.size + x + dx] = true;
            }
        }
        dark
    }

    /// What a camera reads off the picture, drawn at 4 pixels a module.
    fn scan(picture: &QrPicture) -> String {
        const SCALE: usize = 4;
        let dark = modules(picture);
        let side = picture.size * SCALE;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if dark[(y / SCALE) * picture.size + x / SCALE] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code is found");
        grids[0].decode().expect("the QR code decodes").1
    }

    #[test]
    fn a_link_is_read_back_from_its_picture() {
        let link = "https://sportello.example/exam?layout=vademecum&seed=12345";
        let picture = picture(link).unwrap();
        assert_eq!(scan(&picture), link);
        // Version 4 (33 modules) and the quiet zone on each side.
        assert_eq!(picture.size, 33 + 2 * QUIET_ZONE);
        assert!(picture.path.starts_with("M4 4h7v1h-7z"), "{}", picture.path);
    }

    #[test]
    fn the_longest_text_drawn_is_still_read_and_a_longer_one_is_not_drawn() {
        let code: String = "R1.eJx-_0aZ9".chars().cycle().take(QR_LIMIT).collect();
        let drawn = picture(&code).unwrap();
        assert_eq!(scan(&drawn), code);
        assert!(drawn.size <= 110 + 2 * QUIET_ZONE, "{} modules", drawn.size);
        assert_eq!(picture(&format!("{code}x")), None);
    }
}
