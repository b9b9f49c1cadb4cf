package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertThat(FileType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileType.PNG);
    }

    @Test
    void anythingElseIsNotAMaterialFileWhateverItsName() {
        assertThat(FileType.detect("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect(new byte[] {'%', 'P'})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }
}
