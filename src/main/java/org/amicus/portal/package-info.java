/**
 * The public portal: the home page, the directory of member organisations that chose to be
 * listed, the country pages that gather everything about a state, the public campaigns, the open
 * data page, and (from the In Situ work) the blog, stories, CMS pages, search and feeds. It reads
 * every other module through its public API and nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = { "platform", "states", "cooperation", "campaigns", "court", "members", "media", "publications", "lists" })
package org.amicus.portal;
