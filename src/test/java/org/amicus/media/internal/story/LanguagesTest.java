package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Languages told apart, Arabic by its script alone unless a letter only Persian writes is in it. */
class LanguagesTest {

    final Languages languages = new Languages();

    @Test
    void arabicIsToldByItsScriptAndPersianStillByLingua() {
        String arabic = "أصدرت المحكمة الجنائية الدولية مذكرة توقيف جديدة ورحبت منظمات الضحايا بالقرار في دارفور";
        String persian = "دادگاه کیفری بین المللی حکم بازداشت جدیدی صادر کرد و سازمان های قربانیان از این تصمیم استقبال کردند";
        assertThat(Languages.arabicOnly(arabic)).isTrue();
        assertThat(languages.detect(arabic, null)).isEqualTo("ar");
        assertThat(Languages.arabicOnly(persian)).isFalse();
        assertThat(languages.detect(persian, null)).isEqualTo("fa");
    }

    @Test
    void aFewArabicLettersOrArabicAmongOtherScriptsAreLeftToLingua() {
        assertThat(Languages.arabicOnly("المحكمة")).isFalse();
        assertThat(Languages.arabicOnly("The Court said المحكمة الجنائية الدولية مذكرة توقيف")).isFalse();
        assertThat(languages.detect("The International Criminal Court issued a new arrest warrant on Tuesday, judges said", null))
            .isEqualTo("en");
    }
}
