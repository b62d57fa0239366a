package vn.toasoan.banner;

/**
 * A banner item as the newsroom lists it, with its text of today.
 *
 * @param state {@code shown}, {@code upcoming} or {@code ended} today
 * @param index its place in the strip, from 0
 */
public record BannerRow(Banner banner, String text, String state, int index, int count) {

    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == count - 1;
    }

    public String stateLabel() {
        return switch (state) {
            case "upcoming" -> "Chưa đến ngày";
            case "ended" -> "Đã hết hạn";
            default -> "Đang hiện";
        };
    }
}
