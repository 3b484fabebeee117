//! Exact points: stored in half-points so 3.5 per item never drifts.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Add, AddAssign, Mul};

/// A number of points, exact to the half point.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(u32);

impl Points {
    /// Zero points.
    pub const ZERO: Points = Points(0);

    /// From a number of half-points.
    pub const fn from_halves(halves: u32) -> Self {
        Points(halves)
    }

    /// From whole points.
    pub const fn whole(points: u32) -> Self {
        Points(points * 2)
    }

    /// The number of half-points.
    pub const fn halves(self) -> u32 {
        self.0
    }

    /// From a decimal such as `3.5`; `None` unless it is a non-negative multiple of 0.5.
    pub fn from_f64(value: f64) -> Option<Self> {
        let halves = value * 2.0;
        if !(0.0..=(u32::MAX as f64)).contains(&halves) || halves.fract() != 0.0 {
            return None;
        }
        Some(Points(halves as u32))
    }
}

impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_multiple_of(2) {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

impl Add for Points {
    type Output = Points;
    fn add(self, rhs: Points) -> Points {
        Points(self.0 + rhs.0)
    }
}

impl AddAssign for Points {
    fn add_assign(&mut self, rhs: Points) {
        self.0 += rhs.0;
    }
}

impl Mul<u32> for Points {
    type Output = Points;
    fn mul(self, rhs: u32) -> Points {
        Points(self.0 * rhs)
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        iter.fold(Points::ZERO, Add::add)
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(2) {
            s.serialize_u32(self.0 / 2)
        } else {
            s.serialize_f64(f64::from(self.0) / 2.0)
        }
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        Points::from_f64(value).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "points must be a multiple of 0.5 and not negative, found {value}"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_reading_items_at_three_and_a_half_make_exactly_35() {
        let per_item = Points::from_f64(3.5).unwrap();
        assert_eq!(per_item * 10, Points::whole(35));
        assert_eq!((per_item * 3).to_string(), "10.5");
    }

    #[test]
    fn rejects_thirds_and_negatives() {
        assert_eq!(Points::from_f64(1.0 / 3.0), None);
        assert_eq!(Points::from_f64(-1.0), None);
    }

    #[test]
    fn round_trips_through_ron() {
        let p: Points = ron::from_str("3.5").unwrap();
        assert_eq!(p, Points::from_halves(7));
        let whole: Points = ron::from_str("3").unwrap();
        assert_eq!(whole, Points::whole(3));
    }
}
