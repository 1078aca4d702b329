package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/** Languages told apart, Arabic by its script alone unless a letter only Persian writes is in it. */
class LanguagesTest {

    final Languages languages = new Languages();

    /** News-like texts in languages of several scripts, each with the code it must get. */
    static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("The International Criminal Court issued a new arrest warrant on Tuesday, and victims' groups in Darfur welcomed "
                    + "the decision as a long-awaited step toward justice.", "en"),
            Map.entry("La Cour pénale internationale a délivré mardi un nouveau mandat d'arrêt, et les associations de victimes du "
                    + "Darfour ont salué une décision attendue depuis longtemps.", "fr"),
            Map.entry("La Corte Penal Internacional emitió el martes una nueva orden de detención, y las asociaciones de víctimas "
                    + "celebraron una decisión largamente esperada.", "es"),
            Map.entry("O Tribunal Penal Internacional emitiu na terça-feira um novo mandado de prisão, e as associações de vítimas "
                    + "saudaram uma decisão há muito esperada.", "pt"),
            Map.entry("أصدرت المحكمة الجنائية الدولية مذكرة توقيف جديدة ورحبت منظمات الضحايا بالقرار في دارفور", "ar"),
            Map.entry("Международный уголовный суд во вторник выдал новый ордер на арест, и организации жертв приветствовали "
                    + "это долгожданное решение.", "ru"),
            Map.entry("Міжнародний кримінальний суд у вівторок видав новий ордер на арешт, і організації постраждалих привітали "
                    + "це довгоочікуване рішення.", "uk"),
            Map.entry("სისხლის სამართლის საერთაშორისო სასამართლომ სამშაბათს ახალი დაპატიმრების ორდერი გასცა.", "ka"),
            Map.entry("בית הדין הפלילי הבינלאומי הוציא ביום שלישי צו מעצר חדש, וארגוני הקורבנות בירכו על ההחלטה.", "he"));

    @Test
    void newsInSeveralScriptsGetsItsLanguage() {
        TEXTS.forEach((text, code) -> assertThat(languages.detect(text, null)).as(text).isEqualTo(code));
    }

    @Test
    void askingOnlyTheScriptsLanguagesSaysWhatAskingAllWouldSay() {
        var all = LanguageDetectorBuilder.fromLanguages(Languages.KNOWN.keySet().toArray(Language[]::new)).withLowAccuracyMode().build();
        String mixed = "The Court said in Kyiv: Міжнародний кримінальний суд видав ордер";
        for (String text : Stream.concat(TEXTS.keySet().stream(), Stream.of(mixed, "court judges warrant")).toList()) {
            String sample = text.length() > 150 ? text.substring(0, 150) : text;
            assertThat(languages.detect(text, null)).as(text).isEqualTo(Languages.KNOWN.get(all.detectLanguageOf(sample)).code());
        }
    }

    @Test
    void arabicIsToldByItsScriptAndPersianStillByLingua() {
        String arabic = "أصدرت المحكمة الجنائية الدولية مذكرة توقيف جديدة ورحبت منظمات الضحايا بالقرار في دارفور";
        String persian = "دادگاه کیفری بین المللی حکم بازداشت جدیدی صادر کرد و سازمان های قربانیان از این تصمیم استقبال کردند";
        assertThat(Languages.arabicNotPersian(arabic)).isTrue();
        assertThat(languages.detect(arabic, null)).isEqualTo("ar");
        assertThat(Languages.arabicNotPersian(persian)).isFalse();
        assertThat(languages.detect(persian, null)).isEqualTo("fa");
    }

    @Test
    void aFewArabicLettersOrArabicAmongOtherScriptsAreLeftToLingua() {
        assertThat(Languages.arabicNotPersian("المحكمة")).isFalse();
        assertThat(Languages.script("The Court said المحكمة الجنائية الدولية مذكرة توقيف")).isEmpty();
        assertThat(languages.detect("The International Criminal Court issued a new arrest warrant on Tuesday, judges said", null))
            .isEqualTo("en");
    }

    @Test
    void anArabicStoryNamingAPlaceOrTheCourtInLatinLettersIsStillArabic() {
        String story = "أصدرت المحكمة الجنائية الدولية ICC مذكرة توقيف جديدة بشأن Darfur ورحبت منظمات الضحايا بالقرار";
        assertThat(Languages.script(story)).contains(Character.UnicodeScript.ARABIC);
        assertThat(languages.detect(story, null)).isEqualTo("ar");
        String persian = "دادگاه کیفری بین المللی ICC حکم بازداشت جدیدی صادر کرد و سازمان های قربانیان از این تصمیم استقبال کردند";
        assertThat(languages.detect(persian, null)).isEqualTo("fa");
    }
}
