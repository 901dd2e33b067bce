package vn.hocso.indicators.calc;

import java.time.LocalDate;

/**
 * Who issues a printed report and who signs it, as a Youth Union document states them:
 * the issuing body ("BCH ĐOÀN HUYỆN NINH PHƯỚC"), the place and date of issue, and the
 * signer ("TM. BAN THƯỜNG VỤ", "BÍ THƯ", the name). These are the organizer's words,
 * typed in, not texts of the application, so they are not translated.
 */
public record ReportHeading(String issuer, String place, String onBehalfOf, String signerTitle, String signerName,
                            LocalDate date) {
}
