package org.amicus.campaigns;

import java.util.List;

/** The action alerts the public can open at /act/{slug} (published or closed), for the portal's sitemap. */
public interface PublicActionAlerts {

    List<String> slugs();
}
