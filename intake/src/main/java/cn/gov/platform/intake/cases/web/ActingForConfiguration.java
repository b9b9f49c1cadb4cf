package cn.gov.platform.intake.cases.web;

import cn.gov.platform.support.acting.EnterpriseMembers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every intake path a person calls checks {@code X-Acting-For}; the internal ones (service accounts) do not. */
@Configuration(proxyBeanMethods = false)
class ActingForConfiguration implements WebMvcConfigurer {

    // Looked up on first use: the identity client (Feign) itself needs the MVC setup this class is part of.
    private final ObjectProvider<EnterpriseMembers> members;

    ActingForConfiguration(ObjectProvider<EnterpriseMembers> members) {
        this.members = members;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ActingForInterceptor(members)).addPathPatterns("/api/intake/**")
                .excludePathPatterns("/api/intake/internal/**");
    }
}
