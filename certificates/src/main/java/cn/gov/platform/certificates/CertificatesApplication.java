package cn.gov.platform.certificates;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CertificatesApplication {

    public static void main(String[] args) {
        SpringApplication.run(CertificatesApplication.class, args);
    }
}
