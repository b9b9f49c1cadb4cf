package cn.gov.platform.identity.holder.web;

import cn.gov.platform.identity.holder.application.HolderKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificate holders by number (issue 18, point 3), for the certificates service's legacy import
 * and wallet: service accounts only (the support library guards /api/*&#47;internal/**). The numbers
 * are never logged nor echoed; a fault names its position ({@code idNumbers[3]}).
 */
@RestController
class HolderKeyController {

    private final HolderKeys keys;

    HolderKeyController(HolderKeys keys) {
        this.keys = keys;
    }

    record ResolutionBody(@NotNull List<String> idNumbers, @NotNull List<String> creditCodes) {
    }

    /**
     * Each identity number's key (identity's keyed fingerprint, 64 hex digits) and the verified account
     * holding it, each credit code's registered legal representative; in the request's order, at most
     * 1,000 of each.
     */
    @PostMapping("/api/identity/internal/holder-keys/resolutions")
    HolderKeys.Resolved resolve(@Valid @RequestBody ResolutionBody body) {
        return keys.resolve(body.idNumbers(), body.creditCodes());
    }

    /** The keys that are this account's: {@code personKey} once it is verified, the codes of enterprises it represents. */
    @GetMapping("/api/identity/internal/persons/{subject}/holder-keys")
    HolderKeys.Keys of(@PathVariable String subject) {
        return keys.of(subject);
    }
}
