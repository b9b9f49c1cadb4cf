package cn.gov.platform.support.openapi;

import cn.gov.platform.support.security.TokenProperties;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document of every servlet service that has springdoc: feature-qualified schema
 * names ({@link FeatureTypeNames}) and the public contract ({@link PublicContract}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiConfiguration {

    /**
     * One per JVM: swagger-core keeps its model converters in a JVM-wide registry, where the resolver
     * of the last application context started replaces the earlier ones; every context's
     * {@link PublicContract} must read the names that resolver gave (tests start several contexts).
     */
    private static final FeatureTypeNames NAMES = new FeatureTypeNames();

    @Bean
    FeatureTypeNames featureTypeNames() {
        return NAMES;
    }

    /**
     * Takes the place of swagger-core's default resolver (springdoc's registrar replaces a converter
     * of the same class) and is registered first, so springdoc's own converters still run before it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver featureNamedModelResolver(FeatureTypeNames names, SpringDocConfigProperties springdoc) {
        boolean openapi31 = springdoc.isOpenapi31();
        return new ModelResolver(openapi31 ? Json31.mapper() : Json.mapper(), names).openapi31(openapi31);
    }

    @Bean
    OpenApiCustomizer publicContract(FeatureTypeNames names, TokenProperties tokens,
            @Value("${spring.application.name:service}") String service,
            @Value("${platform.openapi.version:0.1.0}") String version) {
        return new PublicContract(names, tokens.publicPaths(), tokens.publicPostPaths(),
                "gov-platform " + service + " API", version);
    }
}
