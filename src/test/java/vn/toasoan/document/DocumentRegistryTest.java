package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.account.Actor;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.testsupport.FixedClockConfiguration;

/** Registering documents and finding them again, on the demo registry. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class DocumentRegistryTest {

    private static final String BODY = "Ban Thường vụ Tỉnh ủy";

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registrationReadsNumberYearTypeAndIssuerFromTheSymbol() {
        long id = desk.create(Actor.system(), new NewDocument("42/2019/NĐ-CP", null, null, null, null, null,
                "Chính phủ", LocalDate.of(2019, 5, 16), null, "Quy định về một điều mẫu", null));
        Document d = documents.bySlug(documents.find(id).orElseThrow().slug()).orElseThrow();
        assertThat(d).extracting(Document::number, Document::year, Document::typeCode, Document::issuerCode,
                Document::docType).containsExactly("42", 2019, "NĐ", "CP", "Nghị định");
        assertThat(d.slug()).isEqualTo("nghi-dinh-42-2019-nd-cp-16-05-2019");
    }

    @Test
    void givenPartsWinOverTheSymbol() {
        long id = desk.create(Actor.system(), new NewDocument("47-QĐ/TW", null, null, null, null, "Quy định",
                "Ban Chấp hành Trung ương", LocalDate.of(2011, 11, 1), null, "Về những điều đảng viên không được làm",
                null));
        Document d = documents.bySlug(documents.find(id).orElseThrow().slug()).orElseThrow();
        assertThat(d.docType()).isEqualTo("Quy định");
        assertThat(d.typeCode()).isEqualTo("QĐ");
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("Đảng ủy Khối", java.text.Normalizer.Form.NFD);
        long id = desk.create(Actor.system(), new NewDocument("77-TB/ĐU", null, null, null, null, null, nfd,
                LocalDate.of(2024, 1, 2), null, "Thông báo " + nfd, null));
        assertThat(documents.find(id).orElseThrow().issuingBody()).isEqualTo("Đảng ủy Khối");
        assertThat(documents.bySymbol("77-TB/ĐU")).map(DocumentRef::id).hasValue(id);
    }

    @Test
    void symbolAlsoFindsItsDocumentWrittenOtherwise() {
        for (String mention : List.of("14-KH/ĐU", "14-kh/đu", "14 – KH/ĐU", "014-KH/DU", "Kế hoạch số 14-KH/ĐU",
                "kế hoạch số 14-KH/ĐU ngày 26/02/2021")) {
            assertThat(documents.bySymbol(mention)).as(mention).map(DocumentRef::symbol).hasValue("14-KH/ĐU");
        }
        assertThat(documents.bySymbol("15-KH/ĐU")).isEmpty();
        assertThat(documents.bySymbol("")).isEmpty();
        assertThat(documents.bySymbol(null)).isEmpty();
    }

    @Test
    void theSameSymbolInALaterTermMeansTheLatestDocument() {
        long older = desk.create(Actor.system(), new NewDocument("03-KH/TU", null, null, null, null, null, BODY,
                LocalDate.of(2016, 3, 1), null, "Kế hoạch nhiệm kỳ trước", null));
        long newer = desk.create(Actor.system(), new NewDocument("03-KH/TU", null, null, null, null, null, BODY,
                LocalDate.of(2021, 3, 1), null, "Kế hoạch nhiệm kỳ này", null));
        assertThat(documents.bySymbol("03-KH/TU")).map(DocumentRef::id).hasValue(newer).isNotEqualTo(older);
    }

    @Test
    void symbolIssuerAndDateIdentifyADocument() {
        NewDocument first = new NewDocument("09-CT/TU", null, null, null, null, null, BODY, LocalDate.of(2022, 6, 1),
                null, "Về tăng cường công tác", null);
        desk.create(Actor.system(), first);
        assertThatThrownBy(() -> desk.create(Actor.system(), first)).isInstanceOf(InvalidInput.class)
                .hasMessage("Văn bản số 09-CT/TU của Ban Thường vụ Tỉnh ủy ngày 01/06/2022 đã có trong danh mục.");
        long otherIssuer = desk.create(Actor.system(), new NewDocument("09-CT/TU", null, null, null, null, null,
                "Tỉnh ủy khác", LocalDate.of(2022, 6, 1), null, "Cùng số, cơ quan khác", null));
        assertThat(documents.find(otherIssuer).orElseThrow().slug()).isEqualTo("chi-thi-09-ct-tu-01-06-2022-2");
    }

    @Test
    void missingFieldsAreRefusedInVietnamese() {
        assertThatThrownBy(() -> desk.create(Actor.system(), new NewDocument(" ", null, null, null, null, null, BODY,
                LocalDate.of(2022, 1, 1), null, "x", null))).hasMessage("Văn bản cần có số, ký hiệu");
        assertThatThrownBy(() -> desk.create(Actor.system(), new NewDocument("1-KH/TU", null, null, null, null, null,
                BODY, null, null, "x", null))).hasMessage("Văn bản cần có ngày ban hành");
        assertThatThrownBy(() -> desk.create(Actor.system(), new NewDocument("1-KH/TU", null, null, null, null, null,
                BODY, LocalDate.of(2022, 1, 1), null, "x".repeat(2001), null)))
                .hasMessage("Trích yếu dài quá 2000 ký tự");
    }

    @Test
    void unreadableSymbolsAreKeptAsWritten() {
        long id = desk.create(Actor.system(), new NewDocument("Số đặc biệt", null, null, null, null, null, BODY,
                LocalDate.of(2020, 1, 1), null, "Văn bản không theo mẫu", null));
        Document d = documents.bySlug(documents.find(id).orElseThrow().slug()).orElseThrow();
        assertThat(d.docType()).isEqualTo("Văn bản");
        assertThat(d.number()).isNull();
        assertThat(documents.bySymbol("số đặc biệt")).map(DocumentRef::id).hasValue(id);
    }

    @Test
    void rowsWithoutLookupColumnsAreFilledAtStartUp() {
        long id = desk.create(Actor.system(), new NewDocument("88/KH-UBND", null, null, null, null, null, "UBND tỉnh",
                LocalDate.of(2023, 4, 5), null, "Kế hoạch cũ", null));
        jdbc.sql("UPDATE document SET symbol_key = NULL, search_text = NULL WHERE id = :id").param("id", id).update();
        assertThat(documents.bySymbol("88/KH-UBND")).isEmpty();
        documents.afterSingletonsInstantiated();
        assertThat(documents.bySymbol("88/KH-UBND")).map(DocumentRef::id).hasValue(id);
    }

    @Test
    void demoRegistryIsFilteredByTypeIssuerYearAndWordsWithOrWithoutTones() {
        assertThat(symbols(new DocumentFilter(null, null, null, "ke hoach"))).contains("14-KH/ĐU", "01-KH/ĐU");
        assertThat(symbols(new DocumentFilter(null, null, null, "KẾ HOẠCH"))).contains("14-KH/ĐU", "01-KH/ĐU");
        assertThat(symbols(new DocumentFilter("Kế hoạch", "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
                2021, null))).containsExactly("14-KH/ĐU", "01-KH/ĐU");
        assertThat(symbols(new DocumentFilter(null, null, 2022, null))).contains("42/2022/NĐ-CP", "02-CT/ĐU")
                .doesNotContain("14-KH/ĐU");
        assertThat(symbols(new DocumentFilter(null, null, null, "chuyen doi so"))).containsExactly("05-NQ/TU");
        assertThat(symbols(new DocumentFilter(null, null, null, "nđ-cp"))).containsExactly("42/2022/NĐ-CP");
        assertThat(symbols(new DocumentFilter(null, null, null, "100%_\\"))).isEmpty();
        assertThat(documents.docTypes()).contains("Chỉ thị", "Công văn", "Kế hoạch", "Nghị định", "Nghị quyết");
        assertThat(documents.years()).startsWith(2024, 2023, 2022, 2021);
    }

    @Test
    void searchIsPaged() {
        DocumentPage first = documents.search(DocumentFilter.NONE, 1, 3);
        DocumentPage second = documents.search(DocumentFilter.NONE, 2, 3);
        assertThat(first.items()).hasSize(3);
        assertThat(first.total()).isGreaterThanOrEqualTo(8);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    }

    private List<String> symbols(DocumentFilter filter) {
        return documents.search(filter, 1, 100).items().stream().map(Document::symbol).toList();
    }

    @Test
    void searchWordsAreFoldedAndBounded() {
        assertThat(Documents.searchWords("  Kế hoạch  14-KH/ĐU ")).containsExactly("ke", "hoach", "14-kh/du");
        assertThat(Documents.searchWords("a b c d e f g h i j")).hasSize(Documents.MAX_SEARCH_WORDS);
        assertThat(Documents.searchWords("x".repeat(500))).containsExactly("x".repeat(Documents.MAX_WORD_LENGTH));
        assertThat(Documents.searchWords(null)).isEmpty();
    }
}
