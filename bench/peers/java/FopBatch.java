// Renders one XSL-FO file N times to PDF in a single JVM with Apache FOP, for the batch row of
// bench/compare_peers.py. One FopFactory is built from the config (which switches on
// accessibility, PDF/UA-1 and embedded fonts) and reused for every document, as a long-running
// FOP service would. Each document gets its own title so that no two outputs are the same.
//
//   java -cp CLASSES:FOP_JARS FopBatch fop.xconf leaflet.fo OUTDIR N WARMUP
//
// Prints {"documents": N, "ms": M} where M covers the N timed documents only (not JVM start-up,
// factory set-up or the WARMUP untimed documents that let the JIT compile the hot paths).
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

public final class FopBatch {
    private final FopFactory factory;
    private final TransformerFactory transformers = TransformerFactory.newInstance();

    private FopBatch(File config) throws Exception {
        factory = FopFactory.newInstance(config.getAbsoluteFile());  // relative paths need a parent folder
    }

    /** Renders the FO source to a PDF file. */
    private void render(String fo, File pdf) throws Exception {
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(pdf))) {
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, factory.newFOUserAgent(), out);
            Transformer identity = transformers.newTransformer();
            identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        }
    }

    /** The FO source with the document number in front of its dc:title. */
    private static String numbered(String fo, int i) {
        return fo.replaceFirst("<dc:title>", "<dc:title>" + i + " ");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: FopBatch CONFIG FO OUTDIR N WARMUP");
            System.exit(2);
        }
        FopBatch batch = new FopBatch(new File(args[0]));
        String fo = new String(Files.readAllBytes(Paths.get(args[1])), StandardCharsets.UTF_8);
        File outDir = new File(args[2]);
        int n = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        for (int i = 0; i < warmup; i++) {
            batch.render(numbered(fo, i), new File(outDir, "warmup.pdf"));
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            batch.render(numbered(fo, i), new File(outDir, "doc-" + i + ".pdf"));
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.println("{\"documents\": " + n + ", \"ms\": " + ms + "}");
    }
}
