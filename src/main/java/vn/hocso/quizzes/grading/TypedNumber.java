package vn.hocso.quizzes.grading;

import java.math.BigDecimal;
import java.util.Optional;
import vn.hocso.quizzes.gift.Decimals;

/**
 * A number as a learner types it. Learners in Vietnam write the decimal point as a comma
 * ("3,5"), so a lone comma with no point is taken as the decimal point.
 */
final class TypedNumber {

    private TypedNumber() {
    }

    static Optional<BigDecimal> parse(String typed) {
        String number = typed.strip().replace('\u2212', '-');
        boolean decimalComma = number.indexOf(',') >= 0 && number.indexOf(',') == number.lastIndexOf(',') && number.indexOf('.') < 0;
        return Decimals.parse(decimalComma ? number.replace(',', '.') : number);
    }
}
