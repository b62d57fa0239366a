package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The document list's filter read from an address and written back into one. */
class DocumentFilterTest {

    @Test
    void blankValuesMeanAnyAndTextIsNormalisedAndTrimmed() {
        // "Kế hoạch" typed decomposed (e + combining marks), as some keyboards send it.
        DocumentFilter filter = DocumentFilter.fromAddress(" Ke\u0302\u0301 hoa\u0323ch ", "", "2021", "  14-KH/ĐU ");

        assertThat(filter).isEqualTo(new DocumentFilter("Kế hoạch", null, 2021, "14-KH/ĐU"));
        assertThat(DocumentFilter.fromAddress(null, " ", null, "\t")).isEqualTo(DocumentFilter.NONE);
    }

    @Test
    void aYearOutsideTheRegistryOrNotANumberIsNoYearFilter() {
        assertThat(DocumentFilter.fromAddress(null, null, "1899", null).year()).isNull();
        assertThat(DocumentFilter.fromAddress(null, null, "2201", null).year()).isNull();
        assertThat(DocumentFilter.fromAddress(null, null, "abc", null).year()).isNull();
        assertThat(DocumentFilter.fromAddress(null, null, "20210", null).year()).isNull();
        assertThat(DocumentFilter.fromAddress(null, null, " 1900 ", null).year()).isEqualTo(1900);
        assertThat(DocumentFilter.fromAddress(null, null, "2200", null).year()).isEqualTo(2200);
    }

    @Test
    void theTextIsCutAt200Characters() {
        assertThat(DocumentFilter.fromAddress(null, null, null, "đ".repeat(201)).text()).isEqualTo("đ".repeat(200));
    }

    @Test
    void theAddressKeepsTheFiltersAndLeavesPageOneOut() {
        DocumentFilter filter = new DocumentFilter("Kế hoạch", "Đảng ủy Khối", 2021, "chuyển đổi số");

        assertThat(filter.url("/van-ban", 1)).isEqualTo("/van-ban?loai=K%E1%BA%BF%20ho%E1%BA%A1ch"
                + "&co-quan=%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20Kh%E1%BB%91i&nam=2021"
                + "&q=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91");
        assertThat(DocumentFilter.NONE.url("/quan-tri/van-ban", 3)).isEqualTo("/quan-tri/van-ban?trang=3");
        assertThat(DocumentFilter.NONE.url("/van-ban", 1)).isEqualTo("/van-ban");
    }
}
