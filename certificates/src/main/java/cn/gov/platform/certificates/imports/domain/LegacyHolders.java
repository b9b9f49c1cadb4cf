package cn.gov.platform.certificates.imports.domain;

import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the holders a legacy file names by number into keys before any row is stored (issue 18,
 * point 3): each identity number is checked (GB 11643: region, birth date, check character, born by
 * today) and resolved by identity to its key and the verified account holding it; each credit code
 * of an enterprise row without {@code holderSubject} is checked (GB 32100) and resolved to its
 * registered representative's account. The stored rows carry the key, the account (or none: the
 * certificate will wait for its holder) or the refusal, and the number's cell is emptied: the number
 * never outlives the request.
 */
public final class LegacyHolders {

    private LegacyHolders() {
    }

    /** The header and rows as stored: the number's cell emptied, the {@link LegacyRow#INTERNAL} columns added. */
    public record Prepared(List<String> header, List<List<String>> rows) {
    }

    /** @throws HolderDirectory.Unavailable when identity cannot answer (nothing is stored then) */
    public static Prepared prepare(List<String> header, List<List<String>> rows, HolderDirectory directory,
            LocalDate today) {
        int kindAt = header.indexOf("holderKind");
        int numberAt = header.indexOf("holderIdNumber");
        int codeAt = header.indexOf("holderCreditCode");
        int subjectAt = header.indexOf("holderSubject");
        List<List<String>> out = new ArrayList<>(rows.size());
        List<Integer> personRows = new ArrayList<>();
        List<ResidentIdNumber> numbers = new ArrayList<>();
        List<Integer> enterpriseRows = new ArrayList<>();
        List<UnifiedSocialCreditCode> codes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            String refusal = "";
            if (row.size() == header.size()) {
                String kind = row.get(kindAt).trim();
                String number = cell(row, numberAt);
                String code = cell(row, codeAt);
                try {
                    if (kind.equals("person") && !number.isEmpty()) {
                        numbers.add(ResidentIdNumber.parse(number, "holderIdNumber").requireBornBy(today, "holderIdNumber"));
                        personRows.add(i);
                    } else if (kind.equals("enterprise") && cell(row, subjectAt).isEmpty() && !code.isEmpty()) {
                        codes.add(UnifiedSocialCreditCode.parse(code, "holderCreditCode"));
                        enterpriseRows.add(i);
                    }
                } catch (DomainViolation e) {
                    refusal = LegacyRow.refusal(e);
                }
                if (numberAt >= 0) {
                    row.set(numberAt, "");
                }
            } else {
                // Refused later for its width; where its number is cannot be known, so none of it is kept.
                java.util.Collections.fill(row, "");
            }
            row.add("");
            row.add("");
            row.add(refusal);
            out.add(row);
        }
        int keyAt = header.size();
        for (int from = 0; from < numbers.size(); from += HolderDirectory.MAX_BATCH) {
            int to = Math.min(numbers.size(), from + HolderDirectory.MAX_BATCH);
            List<HolderDirectory.PersonHolder> resolved = directory.persons(numbers.subList(from, to));
            for (int j = 0; j < resolved.size(); j++) {
                fill(out.get(personRows.get(from + j)), keyAt, resolved.get(j).key(), resolved.get(j).subject());
            }
        }
        for (int from = 0; from < codes.size(); from += HolderDirectory.MAX_BATCH) {
            int to = Math.min(codes.size(), from + HolderDirectory.MAX_BATCH);
            List<@Nullable String> resolved = directory.enterprises(codes.subList(from, to));
            for (int j = 0; j < resolved.size(); j++) {
                fill(out.get(enterpriseRows.get(from + j)), keyAt, codes.get(from + j).value(), resolved.get(j));
            }
        }
        List<String> stored = new ArrayList<>(header);
        stored.addAll(LegacyRow.INTERNAL);
        return new Prepared(stored, out);
    }

    private static String cell(List<String> row, int at) {
        return at < 0 ? "" : row.get(at).trim();
    }

    private static void fill(List<String> row, int keyAt, String key, @Nullable String account) {
        row.set(keyAt, key);
        row.set(keyAt + 1, account == null ? "" : account);
    }
}
