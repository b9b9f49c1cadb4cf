package cn.gov.platform.gateway.ratelimit;

/**
 * The size of a token bucket: it holds at most {@code capacity} tokens and gains
 * {@code tokensPerSecond}; a request takes one.
 */
record Limit(int capacity, double tokensPerSecond) {

    Limit {
        if (capacity < 1 || !(tokensPerSecond > 0)) {
            throw new IllegalArgumentException("A bucket needs a capacity and a refill rate above zero");
        }
    }

    /** How long an idle bucket takes to go from its lowest (one capacity in debt) to full. */
    long nanosToRecover() {
        return (long) (2 * capacity / tokensPerSecond * 1e9);
    }
}
