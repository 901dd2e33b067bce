package vn.hocso.indicators.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void aCountIsItsNumerator() {
        assertThat(new Amount(42, 0).value(false)).isEqualTo(BigDecimal.valueOf(42));
        assertThat(Amount.ZERO.value(false)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void aShareIsInPercentToOneDecimal() {
        assertThat(new Amount(1, 2).value(true)).isEqualTo(new BigDecimal("50.0"));
        assertThat(new Amount(1, 3).value(true)).isEqualTo(new BigDecimal("33.3"));
        assertThat(new Amount(2, 3).value(true)).isEqualTo(new BigDecimal("66.7"));
        assertThat(new Amount(5, 5).value(true)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void aShareRoundsHalfUp() {
        assertThat(new Amount(1, 16).value(true)).as("6.25").isEqualTo(new BigDecimal("6.3"));
        assertThat(new Amount(1, 80).value(true)).as("1.25").isEqualTo(new BigDecimal("1.3"));
    }

    @Test
    void aShareOfNobodyHasNoValue() {
        assertThat(new Amount(0, 0).value(true)).isNull();
        assertThat(Amount.ZERO.value(true)).isNull();
    }

    @Test
    void aShareOfSomebodyWhoDidNothingIsZero() {
        assertThat(new Amount(0, 7).value(true)).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void amountsAddNumeratorsAndDenominatorsApart() {
        Amount sum = new Amount(1, 4).plus(new Amount(3, 4));

        assertThat(sum).isEqualTo(new Amount(4, 8));
        assertThat(sum.value(true)).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void aShareOfLargeCountsDoesNotOverflow() {
        assertThat(new Amount(Integer.MAX_VALUE, 2L * Integer.MAX_VALUE).value(true)).isEqualTo(new BigDecimal("50.0"));
    }
}
