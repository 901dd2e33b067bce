package vn.hocso.certificates.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything a certificate says, fixed when it is issued: the issuing body and its number,
 * the holder, the course with its hours and dates, the result, the place and date, the
 * signer, and the address its QR code opens.
 */
public record CertificateContent(String issuer, String number, String holderName, Integer holderBirthYear, String wording,
                                 String courseTitle, BigDecimal hours, LocalDate from, LocalDate to, String result,
                                 String place, LocalDate issuedOn, String onBehalfOf, String signerTitle, String signerName,
                                 String code, String verifyUrl) {

    /** Every piece of text the certificate shows, to pick a font that has all its letters. */
    public String text() {
        return String.join(" ", issuer, number, holderName, wording, courseTitle, result, place, onBehalfOf, signerTitle,
                signerName, code, verifyUrl);
    }

    /** "Ninh Phước, ngày 05 tháng 02 năm 2026", as Vietnamese documents date themselves. */
    public String placeAndDate() {
        return "%s, ngày %02d tháng %02d năm %d".formatted(place, issuedOn.getDayOfMonth(), issuedOn.getMonthValue(),
                issuedOn.getYear());
    }
}
