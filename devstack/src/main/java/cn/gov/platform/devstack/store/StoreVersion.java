package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoVersion;
import java.util.List;

/**
 * The server version the store reports. The library's own MONGO_5_0 still reports wire version 8
 * (MongoDB 4.2), which current clients refuse (mongosh: "requires at least 9"); 13 is MongoDB 5.0's.
 */
public enum StoreVersion implements MongoVersion {

    MONGO_5_0(List.of(5, 0, 0), 13);

    private final List<Integer> versionArray;
    private final int wireVersion;

    StoreVersion(List<Integer> versionArray, int wireVersion) {
        this.versionArray = versionArray;
        this.wireVersion = wireVersion;
    }

    @Override
    public List<Integer> getVersionArray() {
        return versionArray;
    }

    @Override
    public int getWireVersion() {
        return wireVersion;
    }
}
