package org.amicus.members.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.amicus.platform.RejectedInput;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Lists arrive as XLSX or as CSV in the encodings and separators people use. */
class ImportTableTest {

    @Test
    void xlsxIsReadFromItsFirstSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Membres");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Courriel");
            header.createCell(2).setCellValue("Pays");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Aïssatou Ba");
            row.createCell(1).setCellValue("aissatou.ba@example.org");
            row.createCell(2).setCellValue("Mauritanie");
            book.write(out);
        }
        ImportTable table = ImportTable.read(out.toByteArray(), "membres.xlsx");
        assertThat(table.header()).containsExactly("Nom", "Courriel", "Pays");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).containsExactly("Aïssatou Ba", "aissatou.ba@example.org", "Mauritanie");
        assertThat(Columns.PEOPLE.guess(table.header())).containsEntry("name", 0).containsEntry("email", 1).containsEntry("country", 2);
        assertThat(Codes.country("Mauritanie")).isEqualTo("MRT");
    }

    @Test
    void separatorsAndEncodingsAreDetected() {
        assertThat(ImportTable.read("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8), "x.csv").header()).containsExactly("a", "b");
        assertThat(ImportTable.read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "x.csv").header()).containsExactly("a", "b");
        assertThat(ImportTable.read("nom\nRené\n".getBytes(StandardCharsets.ISO_8859_1), "x.csv").rows().get(0).cells())
            .containsExactly("René");
        assertThat(ImportTable.read("\uFEFFnom\nRené\n".getBytes(StandardCharsets.UTF_16LE), "x.csv").header()).containsExactly("nom");
    }

    @Test
    void aFileThatIsNeitherIsRefused() {
        assertThatThrownBy(() -> ImportTable.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "x.xlsx")).isInstanceOf(RejectedInput.class);
        assertThatThrownBy(() -> ImportTable.read(new byte[0], "x.csv")).isInstanceOf(RejectedInput.class);
    }
}
