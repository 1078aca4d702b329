package org.amicus.media.internal.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.amicus.platform.ShippedCsv;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Guesses a story's stance towards the Court. It starts from a lexicon of phrases in the five
 * languages (data/media/stance-lexicon.csv, weights: positive for pro, negative for anti), and
 * learns from the stances reviewers gave: a naive Bayes classifier (Lucene's classification module)
 * trained on those labels. The two are multiplied (a product of experts, so strong lexicon evidence
 * survives a classifier that never saw those words), the learned one raised to n / (n + 6) / 2 for n
 * labels, so that it counts more as labels grow and its over-confidence (naive Bayes multiplies
 * every word's evidence as if independent) is tempered. The confidence is the winning stance's probability.
 */
@Component
class StanceModel {

    /** A guess with the probability of each stance. */
    record Guess(Stance stance, double confidence, Map<Stance, Double> probabilities) {
    }

    /** A story text and the stance a reviewer gave it. */
    record Example(String text, Stance stance) {
    }

    private static final double PRIOR_LABELS = 6;
    private static final double TEMPER = 0.5;

    private volatile Lexicon lexicon;
    private volatile Learned learned;

    /** The phrases' weights in the file's order (sums in that order), and where each phrase's words lead. */
    private record Lexicon(double[] weights, Phrases<List<Integer>> phrases) {
    }

    private record Learned(SimpleNaiveBayesClassifier classifier, DirectoryReader reader, int size) {
    }

    Guess classify(String text) {
        return classify(text, SimHash.words(text));
    }

    /** The same, for a text whose words were already read (ingestion reads them once for every stage). */
    Guess classify(String text, String[] words) {
        Map<Stance, Double> rules = rules(words);
        Learned l = learned;
        if (l == null) {
            return guess(rules);
        }
        Map<Stance, Double> taught = taught(l, text);
        double w = l.size() / (l.size() + PRIOR_LABELS) * TEMPER;
        Map<Stance, Double> blend = new EnumMap<>(Stance.class);
        double sum = 0;
        for (Stance s : Stance.values()) {
            double p = rules.get(s) * Math.pow(Math.max(taught.getOrDefault(s, 0.0), 1e-6), w);
            blend.put(s, p);
            sum += p;
        }
        for (Stance s : Stance.values()) {
            blend.put(s, blend.get(s) / sum);
        }
        return guess(blend);
    }

    /** Retrains from these examples (all of them: the held-out ones are not passed here). */
    synchronized void train(List<Example> examples) {
        Learned old = learned;
        if (examples.isEmpty() || examples.stream().map(Example::stance).distinct().count() < 2) {
            learned = null;
        } else {
            learned = build(examples);
        }
        if (old != null) {
            try {
                old.reader().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    int trainedOn() {
        Learned l = learned;
        return l == null ? 0 : l.size();
    }

    private static Learned build(List<Example> examples) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            Analyzer analyzer = analyzer();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Example e : examples) {
                    Document doc = new Document();
                    doc.add(new TextField("text", e.text(), Field.Store.NO));
                    doc.add(new StringField("stance", e.stance().name(), Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            return new Learned(new SimpleNaiveBayesClassifier(reader, analyzer, null, "stance", "text"), reader, examples.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Stance, Double> taught(Learned l, String text) {
        Map<Stance, Double> p = new EnumMap<>(Stance.class);
        try {
            List<ClassificationResult<BytesRef>> classes = l.classifier().getClasses(text);
            double sum = 0;
            for (ClassificationResult<BytesRef> c : classes) {
                sum += c.getScore();
            }
            for (ClassificationResult<BytesRef> c : classes) {
                p.put(Stance.valueOf(c.getAssignedClass().utf8ToString()), sum == 0 ? 0 : c.getScore() / sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The lexicon's view: each stance scores its phrases' weights found, neutral scores 1; a little smoothing. */
    private Map<Stance, Double> rules(String[] textWords) {
        Lexicon lexicon = lexicon();
        boolean[] found = new boolean[lexicon.weights().length];
        lexicon.phrases().find(textWords, Integer.MAX_VALUE, rows -> rows.forEach(row -> found[row] = true));
        double pro = 0.25;
        double anti = 0.25;
        for (int row = 0; row < found.length; row++) {
            double weight = lexicon.weights()[row];
            if (found[row] && weight > 0) {
                pro += weight;
            } else if (found[row]) {
                anti -= weight;
            }
        }
        double neutral = 0.75;
        double sum = pro + anti + neutral;
        Map<Stance, Double> p = new EnumMap<>(Stance.class);
        p.put(Stance.PRO, pro / sum);
        p.put(Stance.ANTI, anti / sum);
        p.put(Stance.NEUTRAL, neutral / sum);
        return p;
    }

    private static Guess guess(Map<Stance, Double> p) {
        Stance best = Stance.NEUTRAL;
        for (Stance s : Stance.values()) {
            if (p.get(s) > p.get(best)) {
                best = s;
            }
        }
        return new Guess(best, p.get(best), p);
    }

    private Lexicon lexicon() {
        Lexicon l = lexicon;
        if (l == null) {
            var rows = ShippedCsv.rows("data/media/stance-lexicon.csv");
            double[] weights = new double[rows.size()];
            Phrases<List<Integer>> phrases = new Phrases<>();
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Double.parseDouble(rows.get(i).get("weight"));
                phrases.computeIfAbsent(SimHash.words(rows.get(i).get("phrase")), ArrayList::new).add(i);
            }
            l = new Lexicon(weights, phrases);
            lexicon = l;
        }
        return l;
    }

    /** Words in lower case, accents folded, in any script. */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }
}
