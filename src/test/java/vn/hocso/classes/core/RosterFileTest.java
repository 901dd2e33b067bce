package vn.hocso.classes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.hocso.accounts.core.Gender;
import vn.hocso.platform.errors.DomainException;

class RosterFileTest {

    private static final Function<String, Optional<String>> UNITS = name -> switch (name) {
        case "X-PD", "Xã Phước Dân" -> Optional.of("X-PD");
        default -> Optional.empty();
    };

    private static List<RosterLine> check(String csv, Map<String, Long> accounts, Set<Long> members) {
        return RosterFile.read("lop.csv", SheetReader.read(csv.getBytes(StandardCharsets.UTF_8)), 2026).check(accounts, UNITS, members);
    }

    private static List<RosterLine> check(String csv) {
        return check(csv, Map.of(), Set.of());
    }

    @Test
    void recognisesVietnameseAndEnglishHeadersInAnyOrderAndReadsEveryColumn() {
        List<RosterLine> lines = check("""
                Giới tính;Điện thoại;HỌ VÀ TÊN;Năm sinh;Đơn vị;Đoàn viên;Chủ thể OCOP;Email
                Nữ;0912 345 678;Nguyễn Thị Hồng Nhung;2001;Xã Phước Dân;Có;x;nhung@example.vn
                """);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(RosterLine.Status.NEW);
            RosterEntry entry = line.entry().orElseThrow();
            assertThat(entry.line()).isEqualTo(2);
            assertThat(entry.fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
            assertThat(entry.phone()).contains("0912345678");
            assertThat(entry.email()).contains("nhung@example.vn");
            assertThat(entry.birthYear()).contains(2001);
            assertThat(entry.gender()).contains(Gender.FEMALE);
            assertThat(entry.unit()).contains("Xã Phước Dân");
            assertThat(entry.flags().unionMember()).isTrue();
            assertThat(entry.flags().ocopProducer()).isTrue();
            assertThat(entry.flags().digitalTeamMember()).isFalse();
            assertThat(entry.username()).isEqualTo("0912345678");
        });
        assertThat(check("full name,phone,gender,birth year,unit\nDang Van Ung,+84 987 654 321,male,1990,X-PD\n"))
                .singleElement().satisfies(line -> assertThat(line.entry().orElseThrow().phone()).contains("0987654321"));
    }

    @Test
    void everyRejectionHasItsReasonAndLine() {
        List<RosterLine> lines = check("""
                Họ và tên,Điện thoại,Email,Năm sinh,Giới tính,Đơn vị,Đoàn viên
                ,0912000001,,,,,
                Phone Sai,12345,,,,,
                Email Sai,,not-an-email,,,,
                Không Liên Lạc,,,,,,
                Năm Sai,0912000002,,19x5,,,
                Giới Sai,0912000003,,,Không rõ,,
                Cờ Sai,0912000004,,,,,Có lẽ
                Đơn Vị Lạ,0912000005,,,,Xã Không Có,
                Đã Học,0912000006,,,,,
                Trẻ Em,0912000007,,2015,,,
                Lặp Lại,0912000008,,,,,
                Lặp Lại Lần Hai,091 2000 008,,,,,
                Cùng Người,0912000009,same@example.vn,,,,
                Cùng Người Khác Số,0912000010,same@example.vn,,,,
                """, Map.of("0912000006", 6L, "0912000009", 9L, "same@example.vn", 9L), Set.of(6L));

        assertThat(lines).extracting(RosterLine::line, RosterLine::reasonKey).containsExactly(
                tuple(2, "roster.missingName"),
                tuple(3, "roster.badPhone"),
                tuple(4, "roster.badEmail"),
                tuple(5, "roster.noContact"),
                tuple(6, "roster.badBirthYear"),
                tuple(7, "roster.badGender"),
                tuple(8, "roster.badFlag"),
                tuple(9, "roster.unknownUnit"),
                tuple(10, "roster.alreadyEnrolled"),
                tuple(11, "roster.under16"),
                tuple(12, null),
                tuple(13, "roster.duplicate"),
                tuple(14, null),
                tuple(15, "roster.samePerson"));
        assertThat(lines.get(1).reasonArguments()).containsExactly("12345");
        assertThat(lines.get(11).reasonArguments()).as("names the first line").containsExactly(12);
        assertThat(lines.get(12).status()).isEqualTo(RosterLine.Status.MATCHED);
        assertThat(lines.get(12).accountId()).contains(9L);
    }

    @Test
    void aPhoneExcelStoredAsANumberGetsItsLeadingZeroBack() {
        assertThat(check("Họ và tên,Điện thoại\nAn,912345678\n")).singleElement()
                .satisfies(line -> assertThat(line.entry().orElseThrow().phone()).contains("0912345678"));
    }

    @Test
    void aHeaderWithoutNameOrContactOrWithATwiceNamedColumnRejectsTheFileAtLineOne() {
        assertThatThrownBy(() -> check("Điện thoại\n0912345678\n")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.line()).isEqualTo(1);
                            assertThat(error.field()).isEqualTo("lop.csv");
                            assertThat(error.messageKey()).isEqualTo("roster.missingNameColumn");
                        }));
        assertThatThrownBy(() -> check("Họ và tên,Năm sinh\nAn,2000\n"))
                .satisfies(e -> assertThat(((DomainException) e).errors().get(0).messageKey()).isEqualTo("roster.missingContactColumn"));
        assertThatThrownBy(() -> check("Họ và tên,Phone,Điện thoại\nAn,0912345678,0912345678\n"))
                .satisfies(e -> assertThat(((DomainException) e).errors().get(0).messageKey()).isEqualTo("roster.duplicateColumn"));
        assertThatThrownBy(() -> check("\n\n")).hasMessageContaining("roster.emptyFile");
    }

    @Test
    void blankLinesAreSkippedButKeepTheLineNumbersOfTheFile() {
        assertThat(check("Họ và tên,Điện thoại\n\nAn,0912345678\n,\n")).singleElement()
                .satisfies(line -> assertThat(line.line()).isEqualTo(3));
    }
}
