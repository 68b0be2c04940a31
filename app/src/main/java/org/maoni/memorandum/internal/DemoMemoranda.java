package org.maoni.memorandum.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.County;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OpenCall;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Demo mode, after the demo bills: opens a call for memoranda on the demo bill's first version when it has none, and
 * submits the seed memoranda ({@code seed-documents/memoranda/*.json} with their files) through {@link Memoranda},
 * each with its seed id as idempotency key so that restarts add nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "maoni.demo.enabled", havingValue = "true")
class DemoMemoranda implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMemoranda.class);
    static final String DEMO_BILL = "county-markets-bill-2026";
    private static final String ACTOR = "system:demo";

    private final BillService bills;
    private final CallsForMemoranda calls;
    private final Memoranda memoranda;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    DemoMemoranda(
            BillService bills, CallsForMemoranda calls, Memoranda memoranda, ObjectMapper objectMapper, Clock clock) {
        this.bills = bills;
        this.calls = calls;
        this.memoranda = memoranda;
        this.objectMapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
    }

    /** The demo bill's metadata: only its title is needed to find it. */
    record SeedBill(String title) {}

    /** A seed memorandum's metadata. */
    record SeedMemorandum(
            String id,
            String file,
            String bill,
            Integer billVersion,
            String title,
            String channel,
            SeedSubmitter submitter,
            SeedPrivate _private) {}

    /** Who sent a seed memorandum. */
    record SeedSubmitter(String name, String organisation, String organisationType, String county) {}

    /** A seed memorandum's private contact details. */
    record SeedPrivate(String email, String phone, String postalAddress) {}

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource billJson = new PathMatchingResourcePatternResolver()
                .getResource("classpath:seed-documents/bills/" + DEMO_BILL + "/bill.json");
        if (!billJson.exists()) {
            return;
        }
        String title;
        try (InputStream in = billJson.getInputStream()) {
            title = objectMapper.readValue(in, SeedBill.class).title();
        }
        Optional<Bill> bill =
                bills.list().stream().filter(b -> b.title().equals(title)).findFirst();
        if (bill.isEmpty()) {
            log.warn("Demo bill '{}' is not loaded; no demo memoranda", title);
            return;
        }
        CallForMemoranda call = calls.current(bill.get().id()).orElseGet(() -> openCall(bill.get()));
        Resource[] seeds =
                new PathMatchingResourcePatternResolver().getResources("classpath*:seed-documents/memoranda/*.json");
        Arrays.sort(seeds, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource seed : seeds) {
            submit(seed, call);
        }
    }

    private CallForMemoranda openCall(Bill bill) {
        Instant now = Instant.now(clock);
        CallForMemoranda call = calls.open(
                new OpenCall(
                        bill.id(),
                        1,
                        "The Departmental Committee invites memoranda from the public on " + bill.title() + ".",
                        now.minus(Duration.ofDays(14)).atZone(KenyanCalendar.NAIROBI),
                        now.plus(Duration.ofDays(30)).atZone(KenyanCalendar.NAIROBI),
                        EnumSet.allOf(Channel.class),
                        14),
                ACTOR);
        log.info("Demo call for memoranda opened on {}", bill.title());
        return call;
    }

    private void submit(Resource resource, CallForMemoranda call) throws IOException {
        String json;
        try (InputStream in = resource.getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"private\"", "\"_private\"");
        }
        SeedMemorandum seed = objectMapper.readValue(json, SeedMemorandum.class);
        byte[] content;
        try (InputStream in = resource.createRelative(seed.file()).getInputStream()) {
            content = in.readAllBytes();
        }
        String channelName = seed.channel() == null ? "" : seed.channel().toLowerCase(Locale.ROOT);
        Channel channel = switch (channelName) {
            case "email" -> Channel.EMAIL;
            case "web" -> Channel.WEB_FORM;
            default -> Channel.UPLOAD;
        };
        boolean typed = channel == Channel.WEB_FORM && seed.file().endsWith(".txt");
        String text = typed ? new String(content, StandardCharsets.UTF_8) : seed.title();
        List<SubmittedFile> files = typed ? List.of() : List.of(new SubmittedFile(seed.file(), null, content));
        SeedSubmitter s = seed.submitter();
        boolean individual = s.organisation() == null || "individual".equals(s.organisationType());
        SeedPrivate p = seed._private();
        Submitter submitter = new Submitter(
                individual ? SubmitterKind.INDIVIDUAL : SubmitterKind.ORGANISATION,
                individual ? s.name() : s.organisation(),
                individual ? null : organisationType(s.organisationType()),
                County.fromName(s.county())
                        .or(() -> County.fromName(String.valueOf(s.county()).replaceAll("(?i)\\s+city$", "")))
                        .orElse(null),
                null,
                null,
                p == null ? ContactDetails.NONE : new ContactDetails(p.email(), p.phone(), p.postalAddress()));
        var receipt = memoranda.submit(new NewMemorandum(
                call.billId(),
                call.version(),
                channel,
                submitter,
                individual ? Consent.ANONYMOUS : Consent.PUBLISH_NAME,
                text,
                List.of(),
                files,
                null,
                "demo:" + seed.id(),
                ACTOR));
        log.info("Demo memorandum {} is {}", seed.id(), receipt.reference());
    }

    private static OrganisationType organisationType(String seed) {
        if (seed == null) {
            return OrganisationType.OTHER;
        }
        return switch (seed) {
            case "civil-society", "community-based-organisation", "residents-association" -> OrganisationType.CSO;
            case "business-association", "private-sector" -> OrganisationType.PRIVATE_SECTOR;
            case "public-body" -> OrganisationType.PUBLIC_BODY;
            case "academic" -> OrganisationType.ACADEMIC;
            default -> OrganisationType.OTHER;
        };
    }
}
