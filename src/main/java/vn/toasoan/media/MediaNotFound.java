package vn.toasoan.media;

import vn.toasoan.failure.NotFound;

/** No medium has this id (it may have been deleted). */
public class MediaNotFound extends NotFound {

    MediaNotFound(long id) {
        super("Không tìm thấy tệp " + id + " trong thư viện");
    }
}
