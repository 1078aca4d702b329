package org.amicus.media.internal.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Latin-script prose is told by its function words; lists of names and ambiguous snippets go to Lingua. */
class FunctionWordsTest {

    static final Map<String, String> PROSE = Map.of(
            "en", "The judges said that the trial of the former commander will open in March, and the victims who have waited for years "
                    + "were told it would be held in The Hague.",
            "fr", "Les juges ont indiqué que le procès de l'ancien commandant s'ouvrira en mars, et les victimes qui attendent depuis des "
                    + "années ont appris qu'il se tiendra à La Haye.",
            "es", "Los jueces dijeron que el juicio del antiguo comandante se abrirá en marzo, y a las víctimas que esperan desde hace "
                    + "años se les dijo que será en La Haya.",
            "pt", "Os juízes disseram que o julgamento do antigo comandante será aberto em março, e as vítimas que esperam há anos foram "
                    + "informadas de que será na Haia.",
            "tl", "Sinabi ng mga hukom na ang paglilitis sa dating komandante ay magbubukas sa Marso, at ang mga biktima na ilang taon "
                    + "nang naghihintay ay sinabihan na ito ay gaganapin sa The Hague.",
            "sw", "Majaji walisema kwamba kesi ya kamanda huyo wa zamani itaanza mwezi Machi, na waathiriwa ambao wamesubiri kwa miaka "
                    + "mingi wameambiwa kwamba itafanyika huko The Hague.",
            "lg", "Abalamuzi bagambye nti omusango gw'omuduumizi oyo ogw'edda gujja kutandika mu Gwokusatu, era abaakosebwa abaali "
                    + "balindiridde okumala emyaka mingi babategeezezza nti gujja kuwulirwa mu The Hague.");

    @Test
    void proseInEachLatinScriptLanguageIsToldByItsFunctionWords() {
        PROSE.forEach((code, text) -> assertThat(FunctionWords.language(text.substring(0, Math.min(150, text.length())))).as(text)
            .isEqualTo(code));
    }

    @Test
    void namesAndAmbiguousSnippetsAreLeftToLingua() {
        Languages languages = new Languages();
        for (String text : new String[] { "ICC: Darfur warrant", "Kenya, Uganda, Sudan", "court judges warrant arrest victims hearing",
                "de la que", "Presidente da Comissão" }) {
            assertThat(FunctionWords.language(text)).as(text).isNull();
            assertThat(languages.detect(text, null)).as(text).isEqualTo(languages.lingua(text, Languages.script(text), null));
        }
    }

    @Test
    void theSourcesLanguageIsOnlyAFallback() {
        Languages languages = new Languages();
        assertThat(languages.detect(PROSE.get("fr"), "en")).isEqualTo("fr");
    }
}
