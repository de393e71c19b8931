//! Quantities as facts a user can compute with: the unit as written, the
//! dimension it measures and the value in that dimension's SI unit; and
//! temperatures in every written shape.

use textfacts::numeric::Dimension;
use textfacts::{extract_numbers, NumericFact, NumericKind};

/// The one quantity of `text`, with its surface.
fn quantity(text: &str) -> (NumericFact, String) {
    let all: Vec<NumericFact> =
        extract_numbers(text).into_iter().filter(|f| f.kind == NumericKind::Quantity).collect();
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    let f = all.into_iter().next().unwrap();
    let surface = f.text(text).to_string();
    (f, surface)
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

#[track_caller]
fn assert_si(text: &str, dimension: Dimension, si: f64) {
    let (f, _) = quantity(text);
    assert_eq!(f.dimension(), Some(dimension), "{text:?}: {f:?}");
    assert!(close(f.si_value(), si), "{text:?}: si_value {:?}, want {si}", f.si_value());
}

#[test]
fn quantities_convert_to_the_si_unit_of_their_dimension() {
    assert_si("5 miles", Dimension::Length, 8046.72);
    assert_si("8 km", Dimension::Length, 8000.0);
    assert_si("winds of 120 mph", Dimension::Speed, 53.6448);
    assert_si("3 million barrels", Dimension::Volume, 476_961.884_784);
    assert_si("an area of 2,000 sq km", Dimension::Area, 2e9);
    assert_si("20 kg", Dimension::Mass, 20.0);
    assert_si("600 MW", Dimension::Power, 6e8);
}

#[test]
fn both_bounds_of_a_range_convert() {
    let (f, _) = quantity("between 5 and 8 miles");
    assert_eq!(f.si_value(), None);
    assert!(close(f.si_low(), 8046.72) && close(f.si_high(), 12874.752), "{f:?}");
}

#[test]
fn facts_that_are_not_quantities_have_no_dimension() {
    for text in ["$5m", "12%", "87 people", "in 2016"] {
        let f = &extract_numbers(text)[0];
        assert_eq!((f.dimension(), f.si_value()), (None, None), "{text:?}");
    }
}

/// Kelvin, from a temperature in either scale.
#[track_caller]
fn assert_kelvin(text: &str, written: &str, value: f64, kelvin: f64) {
    let (f, surface) = quantity(text);
    assert_eq!((surface.as_str(), f.value), (written, Some(value)), "{text:?}");
    assert_eq!(f.dimension(), Some(Dimension::Temperature), "{text:?}");
    assert!(close(f.si_value(), kelvin), "{text:?}: {:?}", f.si_value());
}

#[test]
fn temperatures_in_every_written_shape() {
    assert_kelvin("temperatures hit 41C", "41C", 41.0, 314.15);
    assert_kelvin("it was 41 °C", "41 °C", 41.0, 314.15);
    assert_kelvin("41 degrees Celsius", "41 degrees Celsius", 41.0, 314.15);
    assert_kelvin("minus 5C", "minus 5C", -5.0, 268.15);
    assert_kelvin("-5°F", "-5°F", -5.0, 252.594_444_444_444_4);
    assert_kelvin("a heatwave of 104F", "104F", 104.0, 313.15);
    assert_kelvin("Water boils at 100° Celsius", "100° Celsius", 100.0, 373.15);
    assert_kelvin("98.6 degrees f is normal", "98.6 degrees f", 98.6, 310.15);
    assert_kelvin("cooled to 91 degrees Kelvin", "91 degrees Kelvin", 91.0, 91.0);
    assert_kelvin("a cold of 5C below zero", "5C below zero", -5.0, 268.15);
    assert_kelvin("convert - 40 degrees fahrenheit", "- 40 degrees fahrenheit", -40.0, 233.15);
}

#[test]
fn a_degree_of_no_scale_is_a_temperature_where_the_sentence_is_about_one() {
    for text in ["the temperature outside is 98 degrees", "set the thermostat to 85°"] {
        let (f, _) = quantity(text);
        assert_eq!(f.dimension(), Some(Dimension::Temperature), "{text:?}");
        // The scale is not written, so there is no SI value to give.
        assert_eq!(f.si_value(), None, "{text:?}");
    }
    for text in ["rotate 90°", "turn left 45 degrees"] {
        let (f, _) = quantity(text);
        assert_eq!(f.dimension(), Some(Dimension::Angle), "{text:?}");
    }
}

#[test]
fn a_letter_glued_to_a_number_is_a_temperature_only_in_a_sentence_about_one() {
    for text in ["a Boeing 777F freighter", "The 13F filing came late.", "SCP-173C"] {
        let temps: Vec<NumericFact> =
            extract_numbers(text).into_iter().filter(|f| f.kind == NumericKind::Quantity).collect();
        assert!(temps.is_empty(), "{text:?} gave {temps:?}");
    }
}

#[test]
fn a_height_in_feet_and_inches_is_one_quantity_in_feet() {
    for text in ["5 ft 9 in", "5 feet 9 inches", "5 feet and 9 inches", "5ft 9in", "5-foot-9"] {
        let (f, surface) = quantity(text);
        assert_eq!((surface.as_str(), f.value, f.unit.as_deref()), (text, Some(5.75), Some("ft")));
        assert!(close(f.si_value(), 1.7526), "{text:?}");
    }
}

#[test]
fn compound_and_glued_units() {
    assert_si("10kmph", Dimension::Speed, 10.0 / 3.6);
    assert_si("10km/hr", Dimension::Speed, 10.0 / 3.6);
    assert_si("60 kilometres an hour", Dimension::Speed, 60.0 / 3.6);
    assert_si("20 cubic metres", Dimension::Volume, 20.0);
    assert_si("The angle is 0.8rad", Dimension::Angle, 0.8);
    assert_si("a capacity of 100t", Dimension::Mass, 100_000.0);
    assert_si("150 micrograms", Dimension::Mass, 150e-9);
    assert_si("a 2 TWh deficit", Dimension::Energy, 7.2e15);
    assert_si("300 calories", Dimension::Energy, 1255.2);
    assert_si("tyres at 32 psi", Dimension::Pressure, 220_632.233_381_387_55);
    assert_si("a 2 TB drive", Dimension::Data, 2e12);
    assert_si("12 knots", Dimension::Speed, 12.0 * 1852.0 / 3600.0);
    assert_si("the weight is 20 (kg)", Dimension::Mass, 20.0);
}

#[test]
fn a_spaced_m_is_metres_only_where_no_word_follows() {
    assert_si("a depth of 5 m.", Dimension::Length, 5.0);
    assert_eq!(extract_numbers("1 m x 1 m").len(), 2);
    let text = "profits of 7 m ln";
    assert!(extract_numbers(text).iter().all(|f| f.kind != NumericKind::Quantity), "{text:?}");
}

#[test]
fn a_unit_word_is_a_unit_before_any_word() {
    assert_si("lies 500 metres east of the road", Dimension::Length, 500.0);
    assert_si("just a 100 meters from the zone", Dimension::Length, 100.0);
}

#[test]
fn a_vulgar_fraction_or_a_lone_one_before_a_unit_is_a_quantity() {
    assert_si("½ teaspoon baking powder", Dimension::Volume, 0.5 * 0.000_004_928_921_593_75);
    assert_si("that one mile can provide", Dimension::Length, 1609.344);
}

#[test]
fn a_unit_that_is_also_a_name_is_a_unit_only_in_lower_case() {
    assert_si("lasers use 400 micron fibres", Dimension::Length, 400e-6);
    assert_si("an Intel 1.5-micron process", Dimension::Length, 1.5e-6);
    let text = "it sold 500,000 Micron common shares";
    assert!(extract_numbers(text).iter().all(|f| f.kind != NumericKind::Quantity), "{text:?}");
}
