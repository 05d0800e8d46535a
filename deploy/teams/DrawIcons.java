import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Teams app icons: a speech bubble holding a tick (a question answered and a draft checked).
 *
 * <p>Run from the repository root: {@code java deploy/teams/DrawIcons.java deploy/teams}. The PNGs are
 * committed; run this again only to change the design. Teams wants a full-colour 192x192 icon and a
 * 32x32 outline icon that is white on a transparent background.
 */
public class DrawIcons {

    static final Color ACCENT = new Color(0x2F5D8A);

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(folder);
        ImageIO.write(color(), "png", folder.resolve("color.png").toFile());
        ImageIO.write(outline(), "png", folder.resolve("outline.png").toFile());
    }

    /** 192x192: accent background to the edges (Teams rounds the corners itself), white bubble, accent tick. */
    static BufferedImage color() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 192, 192);
        g.setColor(Color.WHITE);
        g.fill(bubble(40, 46, 112, 84, 18, 22));
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tick(68, 88, 88, 106, 124, 70));
        g.dispose();
        return image;
    }

    /** 32x32: the same bubble and tick drawn as white strokes on a transparent background. */
    static BufferedImage outline() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bubble(3, 4, 26, 19, 5, 5));
        g.draw(tick(10, 13.5, 14, 17, 22, 9));
        g.dispose();
        return image;
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** A rounded box with a tail at its lower left. */
    private static Path2D bubble(double x, double y, double width, double height, double radius, double tail) {
        Path2D path = new Path2D.Double(new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2));
        Path2D tailShape = new Path2D.Double();
        tailShape.moveTo(x + width * 0.22, y + height - 1);
        tailShape.lineTo(x + width * 0.16, y + height + tail);
        tailShape.lineTo(x + width * 0.44, y + height - 1);
        tailShape.closePath();
        java.awt.geom.Area area = new java.awt.geom.Area(path);
        area.add(new java.awt.geom.Area(tailShape));
        return new Path2D.Double(area);
    }

    private static Path2D tick(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D path = new Path2D.Double();
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        path.lineTo(x3, y3);
        return path;
    }
}
