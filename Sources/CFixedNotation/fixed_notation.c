// Exact fixed-point formatting of a double: the value m·2^e times 10^p is an integer of at most
// 123 bits, so one 128-bit product, a shift and a ties-to-even rounding give printf's digits.
#include "fixed_notation.h"

#include <stdint.h>
#include <string.h>

static const uint64_t powers_of_ten[19] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
    1000000000000000000ULL};

/// round(value · 10^precision), ties to even, as a 128-bit integer; 0 if it does not apply.
static int scaled_integer(uint64_t significand, int exponent, int precision, unsigned __int128 *result) {
    unsigned __int128 product = (unsigned __int128)significand * powers_of_ten[precision];  // < 2^113
    if (exponent >= 0) {
        if (exponent > 10) return 0;  // ≥ 2^63: rare in drawings, left to printf
        *result = product << exponent;
        return 1;
    }
    int shift = -exponent;
    if (shift >= 127) {  // below 2^-14 of a unit in the last place: rounds to 0, never a tie
        *result = 0;
        return 1;
    }
    unsigned __int128 quotient = product >> shift;
    unsigned __int128 remainder = product - (quotient << shift);
    unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
    if (remainder > half || (remainder == half && (quotient & 1))) quotient++;
    *result = quotient;
    return 1;
}

int gdviz_format_fixed(char *out, double value, int precision) {
    if (precision < 0 || precision > 18) return -1;
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((1ULL << 52) - 1);
    if (biased == 0x7ff) return -1;
    uint64_t significand = biased ? (fraction | (1ULL << 52)) : fraction;
    int exponent = biased ? biased - 1075 : -1074;
    unsigned __int128 scaled = 0;
    if (significand != 0 && !scaled_integer(significand, exponent, precision, &scaled)) return -1;

    char digits[48];  // least significant first; 2^123 has 38 digits
    int count = 0;
    if (scaled >> 64) {
        while (scaled) { digits[count++] = (char)('0' + (int)(scaled % 10)); scaled /= 10; }
    } else {
        uint64_t small = (uint64_t)scaled;
        while (small) { digits[count++] = (char)('0' + (int)(small % 10)); small /= 10; }
    }
    while (count < precision + 1) digits[count++] = '0';
    int length = 0;
    if (negative) out[length++] = '-';
    for (int k = count - 1; k >= precision; k--) out[length++] = digits[k];
    if (precision > 0) {
        out[length++] = '.';
        for (int k = precision - 1; k >= 0; k--) out[length++] = digits[k];
    }
    return length;
}
