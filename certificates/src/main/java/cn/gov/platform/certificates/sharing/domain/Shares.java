package cn.gov.platform.certificates.sharing.domain;

import java.util.List;
import java.util.Optional;

/** The holders' share authorisations. */
public interface Shares {

    void save(Share share);

    Optional<Share> find(String id);

    List<Share> of(String number);
}
