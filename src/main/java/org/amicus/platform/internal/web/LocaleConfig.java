package org.amicus.platform.internal.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.amicus.platform.Language;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a request: the {@code lang} parameter, else the language remembered in a cookie
 * from the switch on every page, else the browser's Accept-Language, else English; always one of
 * the five. The API reads {@code lang} without remembering it.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final String PARAM = "lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("amicus-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                String param = request.getParameter(PARAM);
                if (param != null) {
                    return Language.fromCode(param).map(Language::locale).orElse(Language.EN.locale());
                }
                return Language.of(super.resolveLocale(request)).locale();
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return new SimpleLocaleContext(resolveLocale(request));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> Language.of(request.getLocale()).locale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
