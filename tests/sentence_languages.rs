//! Sentence splitting in languages other than English: each test states a
//! rule of one language group, with the smallest text that shows it.

use proptest::prelude::*;
use textfacts::{Language, SentenceSplitter};

fn split_in(code: &str, text: &str) -> Vec<String> {
    let language: Language = code.parse().expect("a supported language");
    let splitter = SentenceSplitter::builder().language(language).build().unwrap();
    splitter.split(text).iter().map(|s| s.text(text).to_string()).collect()
}

// ---- Languages by code ----

#[test]
fn every_code_parses_and_unknown_ones_name_the_supported_ones() {
    let codes: Vec<&str> = Language::codes().collect();
    assert_eq!(codes.len(), 24);
    for code in ["am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fr", "hi", "hy"] {
        assert_eq!(code.parse::<Language>().unwrap().code(), code);
    }
    for code in ["it", "ja", "kk", "mr", "my", "nl", "pl", "pt", "ru", "sk", "ur", "zh"] {
        assert_eq!(code.parse::<Language>().unwrap().code(), code);
    }
    assert_eq!("DE".parse::<Language>(), Ok(Language::De));
    let err = "xx".parse::<Language>().unwrap_err();
    for code in codes {
        assert!(err.to_string().contains(code), "{err}");
    }
    let built = SentenceSplitter::builder().language_code("xx").build();
    assert!(matches!(built, Err(textfacts::Error::InvalidOption { option: "language", .. })));
}

// ---- Every script's terminators, in every language ----

#[test]
fn each_script_s_terminator_ends_a_sentence_even_with_english_rules() {
    let cases = [
        ("zh", "我们走吧。好的！你呢？我也去。"),
        ("ja", "これはペンです。それはマーカーです。"),
        ("am", "እንደምን አለህ፧መልካም ቀን ይሁንልህ።እሺ።"),
        ("my", "နေကောင်းလား။ကောင်းပါတယ်။"),
        ("hi", "यह सच है। वह कौन है॥ ठीक है।"),
        ("mr", "आज दसरा आहे। आज शुभ दिवस आहे।"),
        ("ur", "کیا حال ہے؟ میرا نام علی ہے۔ شکریہ۔"),
        ("ar", "ماذا حدث؟ لا شيء."),
        ("hy", "Բարեւ։ Ինչպես ես։"),
    ];
    for (code, text) in cases {
        let own = split_in(code, text);
        assert!(own.len() >= 2, "{code}: {own:?}");
        assert_eq!(split_in("en", text), own, "{code} with English rules");
    }
}

#[test]
fn a_cjk_terminator_inside_a_title_or_quotation_does_not_end_the_sentence() {
    assert_eq!(
        split_in("zh", "我们去看《摔跤吧！爸爸》好吗？好！"),
        ["我们去看《摔跤吧！爸爸》好吗？", "好！"]
    );
    assert_eq!(split_in("ja", "彼は「はい。」と言った。"), ["彼は「はい。」と言った。"]);
    assert_eq!(split_in("ja", "「はい。」\n帰った。"), ["「はい。」", "帰った。"]);
}

#[test]
fn greek_ends_questions_with_a_semicolon_and_other_languages_do_not() {
    let text = "Πού είναι; Εδώ είναι.";
    assert_eq!(split_in("el", text), ["Πού είναι;", "Εδώ είναι."]);
    assert_eq!(split_in("en", "It rose; Then it fell."), ["It rose; Then it fell."]);
}

#[test]
fn an_armenian_colon_is_a_full_stop_before_a_capital() {
    assert_eq!(split_in("hy", "Ի՞նչ ես մտածում: Ոչինչ:"), ["Ի՞նչ ես մտածում:", "Ոչինչ:"]);
    assert_eq!(split_in("hy", "Ժամը 10:30 է:"), ["Ժամը 10:30 է:"]);
    assert_eq!(split_in("en", "He said: Go."), ["He said: Go."]);
}

#[test]
fn arabic_colons_and_commas_divide_sentences_except_between_list_items() {
    assert_eq!(split_in("ar", "سؤال وجواب: ماذا حدث؟"), ["سؤال وجواب:", "ماذا حدث؟"]);
    assert_eq!(
        split_in("ar", "أدوية الدم، والقلب، زرعها عملاء، وبدأت"),
        ["أدوية الدم، والقلب،", "زرعها عملاء،", "وبدأت"]
    );
    assert_eq!(split_in("ar", "الساعة 05:01 الآن"), ["الساعة 05:01 الآن"]);
    assert_eq!(split_in("fa", "خوشبختم، آقای رضا."), ["خوشبختم، آقای رضا."]);
}

// ---- Each language's abbreviations and ordinals ----

#[test]
fn each_language_s_abbreviations_do_not_end_sentences() {
    let cases = [
        ("de", "Es gibt z. B. Obst und Nr. 5 von Dr. Müller. Danach"),
        ("da", "De holdt Skt. Hans bl.a. i byen. Det var"),
        ("es", "Soy el Lic. Naser y la Sra. Ledesma. Buenos"),
        ("pt", "O Sr. Silva e a Dra. Costa chegaram. Depois"),
        ("fr", "Mme Dupont et Mlle. Martin, etc. sont venues. Ensuite"),
        ("it", "La Sig.ra Rossi e il Dott. Bianchi sono qui. Poi"),
        ("nl", "Er kwamen o.a. dhr. Jansen en mevr. De Vries. Daarna"),
        ("pl", "Przyszli m.in. dr Nowak i prof. Kowalski. Potem"),
        ("sk", "Firma ABTrade s. r. o. a napr. XYZCorp a.s. tam bola. Potom"),
        ("ru", "Это т.е. ул. Ленина и проф. Иванов. Потом"),
        ("bg", "Продължи 150 г. Саргон и вкл. други. После"),
        ("kk", "Ақындар т.б. келді. Бұл"),
        ("el", "Ήρθαν π.χ. οι φίλοι. Μετά"),
    ];
    for (code, text) in cases {
        assert_eq!(split_in(code, text).len(), 2, "{code}: {:?}", split_in(code, text));
    }
}

#[test]
fn a_number_with_a_full_stop_is_an_ordinal_where_the_language_writes_them_so() {
    assert_eq!(split_in("de", "Wir kommen am 3. Oktober."), ["Wir kommen am 3. Oktober."]);
    assert_eq!(split_in("da", "Vi ses den 3. maj."), ["Vi ses den 3. maj."]);
    assert_eq!(split_in("sk", "Bolo to 1. Mája a XII. Pluk."), ["Bolo to 1. Mája a XII. Pluk."]);
    // A word that opens sentences never follows an ordinal; a year is none.
    assert_eq!(split_in("de", "Er wurde 3. Die anderen"), ["Er wurde 3.", "Die anderen"]);
    assert_eq!(split_in("de", "Er starb 1990. Sein Sohn"), ["Er starb 1990.", "Sein Sohn"]);
}

// ---- Quotation styles and speech ----

#[test]
fn german_and_danish_closing_quotes_belong_to_the_sentence_that_ends() {
    assert_eq!(
        split_in("de", "Sie sagte: „Keine Lust.“ Wir gehen."),
        ["Sie sagte: „Keine Lust.“", "Wir gehen."]
    );
    assert_eq!(split_in("da", "Han sagde: »Ja.« Vi gik."), ["Han sagde: »Ja.«", "Vi gik."]);
    assert_eq!(
        split_in("es", "«Ninguna mente está exenta.», dijo Aristóteles."),
        ["«Ninguna mente está exenta.», dijo Aristóteles."]
    );
}

#[test]
fn a_quotation_ending_with_a_comma_is_part_of_the_sentence_that_goes_on() {
    assert_eq!(
        split_in("sk", "„Beriem to. Nezaujíma ma to,“ reagoval Matovič."),
        ["„Beriem to. Nezaujíma ma to,“ reagoval Matovič."]
    );
    // Ending with a full stop, it holds sentences of its own.
    assert_eq!(split_in("de", "„Gut. Danke.“ Er ging."), ["„Gut.", "Danke.“", "Er ging."]);
}

#[test]
fn a_dash_and_a_lowercase_word_after_a_question_attribute_the_speech() {
    assert_eq!(split_in("kk", "Оның керегі бар? — деді."), ["Оның керегі бар? — деді."]);
    assert_eq!(split_in("ru", "Правда? — спросил он. Да."), ["Правда? — спросил он.", "Да."]);
}

#[test]
fn a_full_stop_without_its_space_still_ends_a_sentence_before_a_roman_numeral() {
    assert_eq!(
        split_in("kk", "Ресейдің жағдайы.XVIII ғасырда солай."),
        ["Ресейдің жағдайы.", "XVIII ғасырда солай."]
    );
}

// ---- Offsets in every script ----

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Hallo Welt. ".to_string()),
        Just("z. B. ".to_string()),
        Just("am 3. Oktober ".to_string()),
        Just("„Ja.“ ".to_string()),
        Just("«Oui.» ".to_string()),
        Just("你好。".to_string()),
        Just("「はい。」".to_string()),
        Just("《书！》".to_string()),
        Just("नमस्ते। ".to_string()),
        Just("مرحبا؟ ".to_string()),
        Just("سلام، ".to_string()),
        Just("۔".to_string()),
        Just("ሰላም።".to_string()),
        Just("Բարեւ։ ".to_string()),
        Just("Բարեւ: ".to_string()),
        Just("မင်္ဂလာပါ။".to_string()),
        Just("Γεια; ".to_string()),
        Just("Привет? — ".to_string()),
        Just("\u{1f469}\u{200d}\u{1f467}".to_string()),
        Just("\n".to_string()),
        "\\PC{0,6}",
    ]
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_ordered_trimmed_and_on_char_boundaries_in_every_language(
        pieces in prop::collection::vec(piece(), 0..24),
        language in prop::sample::select(Language::all().collect::<Vec<_>>()),
    ) {
        let text = pieces.concat();
        let splitter = SentenceSplitter::builder().language(language).build().unwrap();
        let mut previous = 0;
        for s in splitter.split(&text) {
            prop_assert!(previous <= s.start && s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(text[previous..s.start].chars().all(is_space));
            let sentence = s.text(&text);
            prop_assert!(!sentence.starts_with(is_space) && !sentence.ends_with(is_space));
            previous = s.end;
        }
        prop_assert!(text[previous..].chars().all(is_space));
    }
}
