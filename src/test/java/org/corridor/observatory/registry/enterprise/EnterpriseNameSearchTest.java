package org.corridor.observatory.registry.enterprise;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** {@link NameSearchComparison} on H2. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class EnterpriseNameSearchTest extends NameSearchComparison {

}
