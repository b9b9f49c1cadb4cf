package cn.gov.platform.intake.ratings.infrastructure;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.ratings.application.RatingService;
import cn.gov.platform.intake.ratings.application.RatingStore;
import cn.gov.platform.intake.ratings.application.RatingsUnderSupervision;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The rating feature's store and use cases. */
@Configuration(proxyBeanMethods = false)
public class RatingsConfiguration {

    @Bean
    RatingStore ratingStore(MongoTemplate mongo, OutboxHints relay) {
        return new MongoRatingStore(mongo, relay);
    }

    /** Ratings and their follow-ups under supervision (SUP-2). */
    @Bean
    RatingsUnderSupervision ratingsUnderSupervision(RatingStore ratings) {
        return new RatingsUnderSupervision(ratings);
    }

    @Bean
    RatingService ratingService(RatingStore ratings, CaseQueries cases, Supervisors people, WorkingDayCalendar calendar,
            @Value("${platform.intake.supervision.follow-up-days:5}") int followUpDays, Clock clock,
            MeterRegistry meters) {
        return new RatingService(ratings, cases, people, calendar, followUpDays, clock, meters);
    }
}
