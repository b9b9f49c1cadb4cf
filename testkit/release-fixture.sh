#!/usr/bin/env bash
# Writes the store fixture of a release: for each service, the documents that release leaves in its store
# after its own journeys (its ITs), one file per collection in canonical extended JSON, into
# <module>/src/test/resources/upgrade/<commit>/, which the module's UpgradeFromPreviousReleaseIT loads
# with testkit's StoreFixture. Run it from the repository root at each release, with the release's commit:
#   testkit/release-fixture.sh 8b59842 [module ...]
# then point each UpgradeFromPreviousReleaseIT at the new folder (and keep or drop the older one).
# The release is checked out in a temporary worktree (removed afterwards); nothing is committed there.
# Private keys (certificates' development signing keys) are left out of the dump.
set -euo pipefail
commit=${1:?usage: $0 <release commit> [module ...]}; shift
modules=("${@:-intake certificates credit identity notifications}"); modules=(${modules[*]})
# The journeys whose documents make each fixture: a few dozen documents per collection, not the whole suite.
declare -A journeys=(
  [intake]=CaseLifecycleIT,ComplaintsIT,JointApprovalIT,SubmissionIT
  [certificates]=CertificatesApiIT,SharingApiIT
  [credit]=CheckApiIT,PublicityApiIT
  [identity]=RegistrationApiIT,EnterpriseApiIT,MandateApiIT
  [notifications]=InboxApiIT,MessagesApiIT)
root=$(pwd); tree=/tmp/release-fixture-$commit; out=/tmp/release-fixture-$commit-dump
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
git worktree add --detach "$tree" "$commit"
trap 'git -C "$root" worktree remove --force "$tree"' EXIT
for m in "${modules[@]}"; do
  mkdir -p "$tree/$m/src/test/java/cn/gov/platform/upgradedump"
  cat > "$tree/$m/src/test/java/cn/gov/platform/upgradedump/ZzStoreDumpIT.java" <<'JAVA'
package cn.gov.platform.upgradedump;

import cn.gov.platform.testkit.TestPlatform;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;

/** Runs after the module's journeys in the same JVM and dumps the store they wrote. */
class ZzStoreDumpIT {
    @Test
    void dump() throws Exception {
        Path dir = Path.of(System.getProperty("upgrade.dump.dir"));
        if (!dir.getFileName().equals(Path.of("").toAbsolutePath().getFileName())) {
            return; // an upstream module of the reactor
        }
        Thread.sleep(3000); // the relays' last writes
        Files.createDirectories(dir);
        JsonWriterSettings canonical = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
        try (MongoClient client = MongoClients.create(TestPlatform.get().mongo().connectionString("it"))) {
            MongoDatabase db = client.getDatabase("it");
            for (String name : db.listCollectionNames()) {
                if (name.startsWith("system.")) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                for (Document d : db.getCollection(name).find().sort(new Document("_id", 1))) {
                    d.remove("privateKey");
                    lines.add(d.toJson(canonical));
                }
                Files.write(dir.resolve(name + ".jsonl"), lines, StandardCharsets.UTF_8);
            }
        }
    }
}
JAVA
done
for m in "${modules[@]}"; do
  rm -rf "${out:?}/$m"
  (cd "$tree" && ./mvnw -B -ntp -o verify -pl "$m" -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test="${journeys[$m]},ZzStoreDumpIT" -Dfailsafe.runOrder=alphabetical \
      -Dupgrade.dump.dir="$out/$m" > "$out-$m.log" 2>&1) || { echo "$m: the journeys failed, see $out-$m.log"; exit 1; }
  dest="$root/$m/src/test/resources/upgrade/$commit"
  mkdir -p "$dest"; rm -f "$dest"/*.jsonl; cp "$out/$m"/*.jsonl "$dest/"
  echo "$m: $(cat "$dest"/*.jsonl | wc -l) documents in $(ls "$dest"/*.jsonl | wc -l) collections -> $dest"
done
