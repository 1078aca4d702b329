package org.amicus.states.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.amicus.platform.RejectedInput;
import org.junit.jupiter.api.Test;

class EventCsvTest {

    private static final String HEADER = "iso3,type,date,instrument_type,effective_date,source,note\n";

    private static RejectedInput.Problem problemOf(byte[] bytes) {
        try {
            EventCsv.read(bytes);
        } catch (RejectedInput e) {
            return e.problems().get(0);
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void readsQuotedFieldsWithTheirLineNumbers() {
        var drafts = EventCsv.read((HEADER
                + "UKR,DEPOSIT,2024-10-25,RATIFICATION,,\"C.N.1.2024, depositary notification\",\n"
                + "\n"
                + "ARM,DEPOSIT,2023-11-14,RATIFICATION,,\"a \"\"quoted\"\" source\",multi\n").getBytes(StandardCharsets.UTF_8));
        assertThat(drafts).hasSize(2);
        assertThat(drafts.get(0).source()).isEqualTo("C.N.1.2024, depositary notification");
        assertThat(drafts.get(0).line()).isEqualTo(2);
        assertThat(drafts.get(1).line()).isEqualTo(4);
        assertThat(drafts.get(1).source()).isEqualTo("a \"quoted\" source");
    }

    @Test
    void toleratesAByteOrderMark() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = (HEADER + "UKR,DEPOSIT,2024-10-25,RATIFICATION,,src,\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(EventCsv.read(all)).hasSize(1);
    }

    @Test
    void refusesAWrongHeader() {
        var problem = problemOf("iso,type,date\nUKR,DEPOSIT,2024-10-25\n".getBytes(StandardCharsets.UTF_8));
        assertThat(problem.code()).isEqualTo("import.badHeader");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void refusesALineWithTooFewFieldsNamingIt() {
        var problem = problemOf((HEADER + "UKR,DEPOSIT,2024-10-25,RATIFICATION,,src,\nARM,DEPOSIT\n")
            .getBytes(StandardCharsets.UTF_8));
        assertThat(problem.code()).isEqualTo("import.badColumnCount");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void refusesBrokenQuoting() {
        var problem = problemOf((HEADER + "UKR,DEPOSIT,2024-10-25,RATIFICATION,,\"src\"x,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(problem.code()).isEqualTo("import.badQuoting");
    }

    @Test
    void refusesTextThatIsNotUtf8NamingItsLine() {
        byte[] latin1 = (HEADER + "CIV,SIGNATURE,1998-11-30,,,src,\nCIV,DEPOSIT,2013-02-15,RATIFICATION,,C\u00f4te,\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        var problem = problemOf(latin1);
        assertThat(problem.code()).isEqualTo("import.notUtf8");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> EventCsv.read(HEADER.getBytes(StandardCharsets.UTF_8))).isInstanceOf(RejectedInput.class);
    }
}
