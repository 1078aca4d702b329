package org.amicus.states.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.amicus.platform.Timestamps;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Documents of an implementation process: upload, text and language, search, versions and their differences, expert comments. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsTest {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-password-for-tests");

    static final String V1 = """
            Projet de loi portant mise en œuvre du Statut de Rome de la Cour pénale internationale.
            Article premier. Les juridictions nationales connaissent du crime de génocide.
            Article 2. La remise à la Cour est ordonnée par la chambre d'accusation.
            """;
    static final String V2 = """
            Projet de loi portant mise en œuvre du Statut de Rome de la Cour pénale internationale.
            Article premier. Les juridictions nationales connaissent du crime de génocide et des crimes contre l'humanité.
            Article 2. La remise à la Cour est ordonnée par la chambre d'accusation.
            Article 3. <script>alert(1)</script> entre en vigueur le jour de sa publication.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long upload(String file, String type, byte[] bytes, String version) throws Exception {
        String json = mvc.perform(multipart("/api/v1/states/MCO/documents").file(new MockMultipartFile("file", file, type, bytes))
                .param("kind", "DRAFT_BILL").param("title", "Projet de loi CPI").param("bill", "Projet de loi CPI")
                .param("versionLabel", version).param("source", "Ministère de la Justice").with(ADMIN))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void versionsOfADraftBillAreComparedWordByWord() throws Exception {
        long first = upload("v1.txt", "text/plain", V1.getBytes(StandardCharsets.UTF_8), "première lecture");
        long second = upload("v2.txt", "text/plain", V2.getBytes(StandardCharsets.UTF_8), "deuxième lecture");
        mvc.perform(get("/api/v1/documents/" + second))
            .andExpect(jsonPath("$.language").value("fr"))
            .andExpect(jsonPath("$.contentType").value("text/plain"));
        mvc.perform(get("/api/v1/documents/search?q=humanité génocide"))
            .andExpect(jsonPath("$[*].id", hasItem((int) second)));
        Document diff = Jsoup.parse(mvc.perform(get("/states/MCO/documents/diff?from=" + first + "&to=" + second))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(diff.select("table.diff ins").eachText()).contains("et des crimes contre l'humanité");
        // The text of a document is never markup: a script in it is shown, not run.
        assertThat(diff.select("table.diff script")).isEmpty();
        assertThat(diff.select("table.diff").text()).contains("<script>alert(1)</script>");
        Document page = Jsoup.parse(mvc.perform(get("/states/MCO/documents/" + second)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        assertThat(page.select("pre.document-text").text()).contains("Article 3.");
    }

    @Test
    void thePdfOfALawIsReadForSearch() throws Exception {
        var out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage p = new PDPage();
            pdf.addPage(p);
            try (var text = new PDPageContentStream(pdf, p)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("An Act to implement the Rome Statute: surrender of persons to the Court.");
                text.endText();
            }
            pdf.save(out);
        }
        mvc.perform(multipart("/api/v1/states/MCO/documents").file(new MockMultipartFile("file", "act.pdf",
                "application/pdf", out.toByteArray())).param("kind", "ENACTED_LAW").param("title", "Monaco test act")
                .param("source", "Journal de Monaco").with(ADMIN))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.contentType").value("application/pdf"))
            .andExpect(jsonPath("$.language").value("en"));
        mvc.perform(get("/api/v1/documents/search?q=surrender")).andExpect(jsonPath("$[*].title", hasItem("Monaco test act")));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndNothingIsSaved() throws Exception {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
        mvc.perform(multipart("/api/v1/states/AND/documents").file(new MockMultipartFile("file", "bill.pdf",
                "application/pdf", png)).param("kind", "DRAFT_BILL").param("title", "Not a PDF").param("source", "x")
                .with(ADMIN))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/states/AND/documents").param("kind", "DRAFT_BILL").param("title", "Nothing")
                .param("url", "javascript:alert(1)").param("source", "x").with(ADMIN))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(get("/api/v1/states/AND/documents")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void expertCommentsAreForStaffAndTheStatesNationalCoalitionOnly() throws Exception {
        long id = upload("v.txt", "text/plain", V1.getBytes(StandardCharsets.UTF_8), "texte");
        var now = Timestamps.now();
        long org = insert("insert into organisation (kind, name, country, created_at, updated_at) values ('NGO', ?, 'MCO', ?, ?)",
                "Coalition monégasque (documents test)", now, now);
        long group = insert("insert into member_group (kind, name, country, created_at) values ('NATIONAL_COALITION', ?, 'MCO', ?)",
                "Coalition nationale pour la CPI, Monaco", now);
        insert("insert into group_membership (group_id, organisation_id, from_date) values (?, ?, ?)", group, org,
                LocalDate.of(2008, 1, 1));
        jdbc.sql("insert into member_account (username, organisation_id) values ('expert-mco', ?)").param(org).update();
        RequestPostProcessor coalition = user("expert-mco").roles("MEMBER");
        RequestPostProcessor otherMember = user("expert-elsewhere").roles("MEMBER");

        mvc.perform(post("/account/documents/MCO/" + id + "/comments").param("body", "Un avis d'ailleurs.")
                .with(otherMember).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/account/documents/MCO/" + id + "/comments").param("body", "L'article 2 devrait viser la Cour.")
                .with(coalition).with(csrf()))
            .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/documents/" + id + "/comments")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents/" + id + "/comments").with(otherMember)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents/" + id + "/comments").with(coalition))
            .andExpect(jsonPath("$.length()").value(1))
            .andExpect(jsonPath("$[0].body").value("L'article 2 devrait viser la Cour."));
        mvc.perform(get("/api/v1/documents/" + id + "/comments").with(ADMIN))
            .andExpect(jsonPath("$[0].author").value("expert-mco"));

        assertThat(page(id, null).text()).doesNotContain("devrait viser");
        Document other = page(id, otherMember);
        assertThat(other.text()).doesNotContain("devrait viser");
        assertThat(other.select("textarea[name=body]")).isEmpty();
        assertThat(page(id, coalition).text()).contains("L'article 2 devrait viser la Cour.");
        assertThat(page(id, user("lea").roles("STAFF")).text()).contains("L'article 2 devrait viser la Cour.");
    }

    private Document page(long id, RequestPostProcessor who) throws Exception {
        var request = get("/states/MCO/documents/" + id);
        return Jsoup.parse(mvc.perform(who == null ? request : request.with(who)).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }
}
