package cn.gov.platform.identity.person.domain;

/**
 * How to reach a person by SMS: the number in clear (for the SMS gateway only) and the
 * language to write in.
 */
public record Contact(String phone, String language) {

    @Override
    public String toString() {
        return "Contact[" + cn.gov.platform.support.logging.PersonalData.maskPhone(phone) + ", " + language + "]";
    }
}
